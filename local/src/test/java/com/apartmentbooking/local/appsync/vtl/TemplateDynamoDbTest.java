package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.context;
import static com.apartmentbooking.local.appsync.vtl.Rendering.render;
import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code $util.dynamodb} against the inputs and outputs of AppSync's "DynamoDB helpers in $util.dynamodb". */
class TemplateDynamoDbTest {

    @Test
    void eachKindAsItsAttributeValue() {
        assertEquals("{\"S\":\"foo\"} {\"N\":12345} {\"BOOL\":true} {\"NULL\":true} "
                        + "{\"L\":[{\"S\":\"foo\"},{\"N\":123},{\"M\":{\"bar\":{\"S\":\"baz\"}}}]}",
                text("$util.dynamodb.toDynamoDBJson(\"foo\") $util.dynamodb.toDynamoDBJson(12345) "
                        + "$util.dynamodb.toDynamoDBJson(true) $util.dynamodb.toDynamoDBJson($ctx.source) "
                        + "$util.dynamodb.toDynamoDBJson([\"foo\", 123, {\"bar\": \"baz\"}])"));
    }

    @Test
    void typedHelpers() {
        assertEquals("{\"S\":\"foo\"} {\"SS\":[\"foo\",\"bar\"]} {\"N\":12.5} {\"NS\":[1,23]} {\"B\":\"dGhpcyBpcyBhIHRlc3Q=\"} "
                        + "{\"BS\":[\"YQ==\"]} {\"BOOL\":false} {\"NULL\":true}",
                text("$util.dynamodb.toStringJson(\"foo\") $util.dynamodb.toStringSetJson([\"foo\", \"bar\"]) "
                        + "$util.dynamodb.toNumberJson(12.5) $util.dynamodb.toNumberSetJson([1, 23]) "
                        + "$util.dynamodb.toBinaryJson(\"dGhpcyBpcyBhIHRlc3Q=\") $util.dynamodb.toBinarySetJson([\"YQ==\"]) "
                        + "$util.dynamodb.toBooleanJson(false) $util.dynamodb.toNullJson()"));
    }

    @Test
    void mapsAsAMapAttributeOrAsAnItemsAttributes() {
        TemplateContext context = context(Map.of("id", "a1"), null);

        assertEquals("{\"M\":{\"id\":{\"S\":\"a1\"}}} {\"id\":{\"S\":\"a1\"}} {\"L\":[{\"N\":1}]}",
                render("$util.dynamodb.toMapJson($ctx.args) $util.dynamodb.toMapValuesJson($ctx.args) "
                        + "$util.dynamodb.toListJson([1])", context).output());
    }

    @Test
    void aKeyBuiltInARequestTemplate() {
        TemplateContext context = context(Map.of("id", "a1"), null);

        assertEquals("{\"version\": \"2018-05-29\", \"operation\": \"GetItem\", \"key\": {\"id\": {\"S\":\"a1\"}}}",
                render("{\"version\": \"2018-05-29\", \"operation\": \"GetItem\", "
                        + "\"key\": {\"id\": $util.dynamodb.toDynamoDBJson($ctx.args.id)}}", context).output());
    }
}
