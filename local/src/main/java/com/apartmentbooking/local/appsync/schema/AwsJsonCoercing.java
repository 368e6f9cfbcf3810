package com.apartmentbooking.local.appsync.schema;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;

/**
 * {@code AWSJSON}: a JSON document written as a string. Input strings are parsed, so resolvers see maps, lists and
 * scalars; output is the JSON text as a string. A variable that is already a JSON object, list, number or boolean
 * is taken as that value, since the request body has parsed it. A resolver's string that is JSON text is that
 * text; any other string is a JSON string value.
 */
final class AwsJsonCoercing implements Coercing<Object, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        try {
            return value instanceof String text && isJson(text) ? text : Json.DATA.writeValueAsString(value);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CoercingSerializeException(unparsable(value));
        }
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String text)) {
            return input;
        }
        try {
            return parse(text);
        } catch (JsonProcessingException e) {
            throw new CoercingParseValueException(unparsable(text));
        }
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue string)) {
            throw new CoercingParseLiteralException(unparsable(AstPrinter.printAst(input)));
        }
        try {
            return parse(string.getValue());
        } catch (JsonProcessingException e) {
            throw new CoercingParseLiteralException(unparsable(string.getValue()));
        }
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(parseValue(input, context, locale), context, locale));
    }

    private static boolean isJson(String text) {
        try {
            Json.DATA.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Object parse(String text) throws JsonProcessingException {
        return Json.DATA.readValue(text, Object.class);
    }

    private static String unparsable(Object input) {
        return "Unable to parse " + input + " as valid JSON.";
    }
}
