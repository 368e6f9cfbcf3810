package com.apartmentbooking.local.dynamodb.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks DynamoDB makes on each attribute value of a request, with the texts AWS answers. */
class AttributeValueValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Members that are no type are dropped, as AWS's framework drops members its model lacks. */
    @Test
    void membersThatAreNoTypeAreIgnored() throws Exception {
        assertEquals(new AttributeValue.S("a"), AttributeValues.fromJson(JSON.readTree("{\"x\":1,\"S\":\"a\"}")));
    }

    // An empty value, also one whose only members are no type, is a ValidationException, not a serialization error.
    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"S\":\"a\",\"BOOL\":true}|Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
            "{\"S\":\"a\",\"N\":\"b\"}|The parameter cannot be converted to a numeric value: b",
            "{\"NULL\":false}|One or more parameter values were invalid: Null attribute value types must have the value of true",
            "{\"SS\":[]}|One or more parameter values were invalid: An string set  may not be empty",
            "{\"NS\":[]}|One or more parameter values were invalid: An number set  may not be empty",
            "{\"BS\":[]}|One or more parameter values were invalid: Binary sets should not be empty",
            "{\"SS\":[\"a\",\"a\"]}|One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
            "{\"BS\":[\"Yg==\",\"Yg==\"]}|One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.",
            "{\"NS\":[\"1\",\"1.0\"]}|Input collection contains duplicates",
            "{\"NS\":[\"1\",\"b\"]}|The parameter cannot be converted to a numeric value: b",
            "{\"N\":\"1e126\"}|Number overflow. Attempting to store a number with magnitude larger than supported range",
            "{\"L\":[{\"NS\":[]}]}|One or more parameter values were invalid: An number set  may not be empty",
            "{\"M\":{\"a\":{}}}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"a\":\"\"}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"L\":[{\"a\":{}}]}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"M\":{\"b\":{\"x\":1}}}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
    }, delimiter = '|')
    void refusesWithAwsText(String wire, String message) throws Exception {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> AttributeValues.fromJson(JSON.readTree(wire)));
        assertEquals("ValidationException", e.code());
        assertEquals(message, e.getMessage());
    }
}
