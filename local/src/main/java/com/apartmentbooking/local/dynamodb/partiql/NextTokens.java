package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A SELECT's NextToken: the key it stopped after, as URL-safe Base64 of its wire JSON, so the token needs no
 * state kept on the server and survives a restart.
 */
final class NextTokens {

    private NextTokens() {
    }

    static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null) {
            return null;
        }
        try {
            byte[] json = Json.WIRE.writeValueAsBytes(AttributeValues.itemToJson(lastEvaluatedKey));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A key always serialises", e);
        }
    }

    /** The key a token names; null for no token. */
    static Map<String, AttributeValue> decode(String token) {
        if (token == null) {
            return null;
        }
        try {
            JsonNode key = Json.WIRE.readTree(new String(Base64.getUrlDecoder().decode(token),
                    StandardCharsets.UTF_8));
            if (key == null || !key.isObject() || key.isEmpty()) {
                throw PartiqlErrors.invalidNextToken();
            }
            return AttributeValues.itemFromJson(key);
        } catch (IllegalArgumentException | JsonProcessingException | DynamoDbException e) {
            throw PartiqlErrors.invalidNextToken();
        }
    }
}
