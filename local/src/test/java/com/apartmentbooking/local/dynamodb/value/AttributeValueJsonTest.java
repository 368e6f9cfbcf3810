package com.apartmentbooking.local.dynamodb.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every attribute type survives DynamoDB JSON both ways, in the member order it was written. */
class AttributeValueJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"S\":\"text\"}", "{\"S\":\"\"}", "{\"N\":\"12.5\"}", "{\"B\":\"kA==\"}", "{\"BOOL\":false}",
            "{\"NULL\":true}", "{\"SS\":[\"b\",\"a\"]}", "{\"NS\":[\"3\",\"1\"]}", "{\"BS\":[\"Zm9v\",\"YmFy\"]}",
            "{\"L\":[{\"S\":\"x\"},{\"N\":\"1\"},{\"L\":[]}]}", "{\"M\":{\"z\":{\"S\":\"1\"},\"a\":{\"M\":{}}}}"
    })
    void roundTrips(String wire) throws Exception {
        JsonNode node = JSON.readTree(wire);
        assertEquals(node, AttributeValues.toJson(AttributeValues.fromJson(node)));
    }

    @Test
    void numbersComeBackCanonical() throws Exception {
        AttributeValue value = AttributeValues.fromJson(JSON.readTree("{\"NS\":[\"1.50\",\"02\"]}"));
        assertEquals(JSON.readTree("{\"NS\":[\"1.5\",\"2\"]}"), AttributeValues.toJson(value));
    }

    @Test
    void binaryIsBase64OnTheWire() throws Exception {
        AttributeValue value = AttributeValues.fromJson(JSON.readTree("{\"B\":\"Zm9vYmFy\"}"));
        assertEquals("foobar", new String(assertInstanceOf(AttributeValue.B.class, value).value()));
    }

    @Test
    void itemsKeepTheirAttributeOrder() throws Exception {
        JsonNode wire = JSON.readTree("{\"b\":{\"S\":\"1\"},\"a\":{\"N\":\"2\"},\"c\":{\"BOOL\":true}}");
        Map<String, AttributeValue> item = AttributeValues.itemFromJson(wire);
        assertEquals(List.of("b", "a", "c"), List.copyOf(item.keySet()));
        assertEquals(wire, AttributeValues.itemToJson(item));
    }
}
