package com.apartmentbooking.reservation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The opaque {@code nextToken}: URL-safe base64 of the last evaluated key as a JSON object of strings. */
public final class PageToken {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public static String encode(Map<String, String> key) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        key.forEach(object::put);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(object.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a token, or empty when the text is not a token {@link #encode} could have made. */
    public static Optional<Map<String, String>> decode(String token) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token));
            return node != null && node.isObject() && node.size() > 0 ? stringsOf(node) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, String>> stringsOf(JsonNode object) {
        Map<String, String> key = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getValue().isTextual()) {
                return Optional.empty();
            }
            key.put(field.getKey(), field.getValue().textValue());
        }
        return Optional.of(key);
    }

    private PageToken() {
    }
}
