package com.apartmentbooking.local.dynamodb.shape;

import static com.apartmentbooking.local.dynamodb.shape.Shape.blob;
import static com.apartmentbooking.local.dynamodb.shape.Shape.bool;
import static com.apartmentbooking.local.dynamodb.shape.Shape.integer;
import static com.apartmentbooking.local.dynamodb.shape.Shape.list;
import static com.apartmentbooking.local.dynamodb.shape.Shape.longValue;
import static com.apartmentbooking.local.dynamodb.shape.Shape.map;
import static com.apartmentbooking.local.dynamodb.shape.Shape.member;
import static com.apartmentbooking.local.dynamodb.shape.Shape.string;
import static com.apartmentbooking.local.dynamodb.shape.Shape.structure;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What AWS's framework answers for a member it cannot read as its type: one SerializationException, with the texts
 * DynamoDB gives for each type and position (recorded against DynamoDB in a public emulator's test suite).
 */
class TypeCheckerTest {

    private static final String CAST = "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be "
            + "cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and "
            + "java.lang.Class are in module java.base of loader 'bootstrap')";

    private static final Shape KEYS = structure("KeysAndAttributes", List.of(
            member("Keys", list(map(string())))));
    private static final Shape TEST = structure("TestInput", List.of(
            member("Text", string()),
            member("Flag", bool()),
            member("Count", integer()),
            member("Units", longValue()),
            member("Data", blob()),
            member("Names", list(string())),
            member("Attributes", map(string())),
            member("Requests", map(KEYS)),
            member("Writes", map(list(string()))),
            member("Keys", list(map(string()))),
            member("Spec", structure("TimeToLiveSpecification", List.of(member("Enabled", bool()))))));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Text|true|TRUE_VALUE cannot be converted to String",
        "Text|false|FALSE_VALUE cannot be converted to String",
        "Text|23|NUMBER_VALUE cannot be converted to String",
        "Text|-2147483648|NUMBER_VALUE cannot be converted to String",
        "Text|2147483648|NUMBER_VALUE cannot be converted to String",
        "Text|34.56|DECIMAL_VALUE cannot be converted to String",
        "Text|[]|Unrecognized collection type class java.lang.String",
        "Text|{}|Start of structure or map found where not expected",
        "Flag|'23'|Unexpected token received from parser",
        "Flag|23|NUMBER_VALUE cannot be converted to Boolean",
        "Flag|2147483648|NUMBER_VALUE cannot be converted to Boolean",
        "Flag|34.56|DECIMAL_VALUE cannot be converted to Boolean",
        "Flag|[]|Unrecognized collection type class java.lang.Boolean",
        "Flag|{}|Start of structure or map found where not expected",
        "Count|'23'|STRING_VALUE cannot be converted to Integer",
        "Count|true|TRUE_VALUE cannot be converted to Integer",
        "Count|false|FALSE_VALUE cannot be converted to Integer",
        "Count|[]|Unrecognized collection type class java.lang.Integer",
        "Count|{}|Start of structure or map found where not expected",
        "Count|2147483648|class java.lang.Long can not be converted to an Integer",
        "Count|4294967296.5|class java.lang.Double can not be converted to an Integer",
        "Units|'23'|STRING_VALUE cannot be converted to Long",
        "Units|true|TRUE_VALUE cannot be converted to Long",
        "Units|[]|Unrecognized collection type class java.lang.Long",
        "Units|{}|Start of structure or map found where not expected",
        "Data|true|only base-64-encoded strings are convertible to bytes",
        "Data|23|only base-64-encoded strings are convertible to bytes",
        "Data|34.56|only base-64-encoded strings are convertible to bytes",
        "Data|[]|Unrecognized collection type class java.nio.ByteBuffer",
        "Data|{}|Start of structure or map found where not expected",
        "Data|'23456'|Base64 encoded length is expected a multiple of 4 bytes but found: 5",
        "Data|'=+/='|Invalid last non-pad Base64 character dectected",
        "Data|'+/+='|Invalid last non-pad Base64 character dectected",
        "Names|'23'|Unexpected field type",
        "Names|true|Unexpected field type",
        "Names|34.56|Unexpected field type",
        "Names|{}|Start of structure or map found where not expected",
        "Attributes|'23'|Unexpected field type",
        "Attributes|2147483648|Unexpected field type",
        "Attributes|[]|Unrecognized collection type java.util.Map<java.lang.String, java.lang.String>",
        "Requests|[]|Unrecognized collection type java.util.Map<java.lang.String, "
                + "com.amazonaws.dynamodb.v20120810.KeysAndAttributes>",
        "Writes|[]|Unrecognized collection type java.util.Map<java.lang.String, java.util.List<java.lang.String>>",
        "Spec|'23'|Unexpected field type",
        "Spec|true|Unexpected field type",
        "Spec|[]|Unrecognized collection type class com.amazonaws.dynamodb.v20120810.TimeToLiveSpecification"})
    void aMemberOfTheWrongTypeIsASerializationExceptionWithTheFrameworkText(String member, String value,
                                                                          String message) {
        assertEquals(message, refusal(TEST, "{'" + member + "':" + value + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'Requests':{'t':'23'}}|Unexpected value type in payload",
        "{'Requests':{'t':23}}|Unexpected value type in payload",
        "{'Requests':{'t':[]}}|Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeysAndAttributes",
        "{'Writes':{'t':'23'}}|" + CAST,
        "{'Writes':{'t':{}}}|Start of structure or map found where not expected",
        "{'Keys':['23']}|" + CAST,
        "{'Keys':[[]]}|Unrecognized collection type java.util.Map<java.lang.String, java.lang.String>",
        "{'Requests':{'t':{'Keys':[true]}}}|" + CAST,
        "{'Attributes':{'a':true}}|TRUE_VALUE cannot be converted to String",
        "{'Names':[1]}|NUMBER_VALUE cannot be converted to String"})
    void insideListsAndMapsTheFrameworkNamesWhatItWanted(String request, String message) {
        assertEquals(message, refusal(TEST, request));
    }

    @Test
    void valuesOfTheRightTypeNullsAndMembersTheModelLacksPass() {
        assertDoesNotThrow(() -> TypeChecker.check(json("{'Text':'a','Flag':true,'Count':1.5,'Units':9007199254740993,"
                + "'Data':'Yg==','Names':['a',null],'Attributes':{'a':'b'},'Keys':[{'a':'b'}],'Spec':{'Enabled':false},"
                + "'Unknown':[1,{'x':true}],'Text2':5}"), TEST));
        assertDoesNotThrow(() -> TypeChecker.check(json("{'Text':null,'Flag':null,'Spec':null}"), TEST));
        assertDoesNotThrow(() -> TypeChecker.check(json("{'Data':''}"), TEST));
    }

    @Test
    void theFirstBadValueInTheRequestIsTheOneReported() {
        assertEquals("NUMBER_VALUE cannot be converted to String", refusal(TEST, "{'Text':1,'Flag':'x'}"));
        assertEquals("Unexpected token received from parser", refusal(TEST, "{'Flag':'x','Text':1}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'Item':{'a':'23'}}|Unexpected value type in payload",
        "{'Item':{'a':[]}}|Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue",
        "{'Item':[]}|Unrecognized collection type java.util.Map<java.lang.String, "
                + "com.amazonaws.dynamodb.v20120810.AttributeValue>",
        "{'Item':{'a':{'S':1}}}|NUMBER_VALUE cannot be converted to String",
        "{'Item':{'a':{'N':true}}}|TRUE_VALUE cannot be converted to String",
        "{'Item':{'a':{'B':'abc'}}}|Base64 encoded length is expected a multiple of 4 bytes but found: 3",
        "{'Item':{'a':{'BOOL':'23'}}}|Unexpected token received from parser",
        "{'Item':{'a':{'NULL':'maybe'}}}|Unexpected token received from parser",
        "{'Item':{'a':{'NULL':1}}}|NUMBER_VALUE cannot be converted to Boolean",
        "{'Item':{'a':{'SS':'a'}}}|Unexpected field type",
        "{'Item':{'a':{'SS':[1]}}}|NUMBER_VALUE cannot be converted to String",
        "{'Item':{'a':{'BS':['+/+=']}}}|Invalid last non-pad Base64 character dectected",
        "{'Item':{'a':{'L':[1]}}}|Unexpected value type in payload",
        "{'Item':{'a':{'L':[{'BS':[true]}]}}}|only base-64-encoded strings are convertible to bytes",
        "{'Item':{'a':{'M':[]}}}|Unrecognized collection type java.util.Map<java.lang.String, "
                + "com.amazonaws.dynamodb.v20120810.AttributeValue>",
        "{'Item':{'a':{'M':{'b':'x'}}}}|Unexpected value type in payload",
        "{'Item':{'a':{'M':{'b':{'BS':[{}]}}}}}|Start of structure or map found where not expected"})
    void attributeValuesAreCheckedAllTheWayDown(String request, String message) {
        assertEquals(message, refusal(DynamoDbShapes.request("PutItem"), request));
    }

    @Test
    void aBooleanGivenAsAWordTheFrameworkReadsBecomesThatBoolean() {
        JsonNode request = json("{'TableName':'abc','Key':{'a':{'NULL':'no'},'b':{'BOOL':'Yes'},"
                + "'c':{'L':[{'BOOL':'0'}]},'d':{'M':{'e':{'NULL':'TRUE'}}}},'ConsistentRead':'true'}");
        TypeChecker.check(request, DynamoDbShapes.request("GetItem"));
        assertEquals(json("{'TableName':'abc','Key':{'a':{'NULL':false},'b':{'BOOL':true},"
                + "'c':{'L':[{'BOOL':false}]},'d':{'M':{'e':{'NULL':true}}}},'ConsistentRead':true}"), request);
    }

    @Test
    void theErrorIsTheFrameworksSerializationException() {
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> TypeChecker.check(json("{'TableName':5}"), DynamoDbShapes.request("GetItem")));
        assertEquals("com.amazon.coral.service#SerializationException", e.type());
        assertEquals(400, e.status());
    }

    private static String refusal(Shape shape, String request) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> TypeChecker.check(json(request), shape));
        assertEquals("SerializationException", e.code());
        return e.getMessage();
    }

    static JsonNode json(String text) {
        try {
            return Json.WIRE.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
