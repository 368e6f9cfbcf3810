package com.apartmentbooking.local.dynamodb.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents nest at most 32 levels, the attribute itself being level 1: a leaf under 31 maps is accepted, one under
 * 32 maps is refused (as recorded on AWS), whether it arrives on the wire or is built by an update.
 */
class NestingLimitTest {

    private static final String MESSAGE =
            "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit";

    private static String wrapped(int maps) {
        return "{\"M\":{\"n\":".repeat(maps) + "{\"S\":\"leaf\"}" + "}}".repeat(maps);
    }

    private static AttributeValue wrappedValue(int maps) {
        AttributeValue value = AttributeValue.s("leaf");
        for (int i = 0; i < maps; i++) {
            value = new AttributeValue.M(Map.of("n", value));
        }
        return value;
    }

    @Test
    void onTheWire() throws Exception {
        ObjectMapper json = new ObjectMapper();
        AttributeValues.itemFromJson(json.readTree("{\"data\":" + wrapped(31) + "}"));
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> AttributeValues.itemFromJson(json.readTree("{\"data\":" + wrapped(32) + "}")));
        assertEquals(MESSAGE, e.getMessage());
        assertEquals(MESSAGE, assertThrows(DynamoDbException.class, () -> AttributeValues.fromJson(
                json.readTree("{\"L\":[" + wrapped(31) + "]}"))).getMessage());
    }

    @Test
    void inBuiltItems() {
        AttributeValues.checkNesting(Map.of("data", wrappedValue(31)));
        assertEquals(MESSAGE, assertThrows(DynamoDbException.class,
                () -> AttributeValues.checkNesting(Map.of("data", wrappedValue(32)))).getMessage());
    }
}
