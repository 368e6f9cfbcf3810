package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Test shorthand: items, placeholders and expected errors written as DynamoDB JSON, as a client sends them. */
final class Wire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Map<String, AttributeValue> item(String json) {
        return AttributeValues.itemFromJson(json(json));
    }

    static String itemJson(Map<String, AttributeValue> item) {
        return AttributeValues.itemToJson(item).toString();
    }

    static ExpressionContext context(String names, String values) {
        return ExpressionContext.fromRequest(names == null ? null : json(names), values == null ? null : json(values));
    }

    static ExpressionContext values(String values) {
        return context(null, values);
    }

    static ExpressionContext names(String names) {
        return context(names, null);
    }

    /** The message of the ValidationException the action raises. */
    static String validationError(Executable action) {
        DynamoDbException e = assertThrows(DynamoDbException.class, action);
        assertEquals("ValidationException", e.code());
        return e.getMessage();
    }
}
