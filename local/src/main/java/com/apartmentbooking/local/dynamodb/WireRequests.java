package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reading members of a DynamoDB JSON request with AWS's framework texts for missing or malformed members
 * ({@code 1 validation error detected: Value null at 'tableName' failed to satisfy constraint: ...}).
 */
final class WireRequests {

    private WireRequests() {
    }

    /** The text member, or null when absent. */
    static String text(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node.asText();
    }

    static String requiredText(JsonNode request, String member) {
        String value = text(request, member);
        if (value == null) {
            throw missing(member);
        }
        return value;
    }

    static JsonNode required(JsonNode request, String member) {
        JsonNode node = request.get(member);
        if (node == null || node.isNull()) {
            throw missing(member);
        }
        return node;
    }

    /**
     * An Integer member, or null when absent; a fraction is cut to its whole part. The request's shape check has
     * refused values of other types and whole parts beyond 32 bits before.
     */
    static Integer integer(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : (int) Math.floor(node.asDouble());
    }

    static Long longValue(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node.asLong();
    }

    static boolean bool(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node != null && node.asBoolean(false);
    }

    /** An item or key map, or null when absent. */
    static Map<String, AttributeValue> item(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : AttributeValues.itemFromJson(node);
    }

    static Map<String, AttributeValue> requiredItem(JsonNode request, String member) {
        return AttributeValues.itemFromJson(required(request, member));
    }

    static <T> List<T> list(JsonNode request, String member, Function<JsonNode, T> reader) {
        List<T> values = new ArrayList<>();
        JsonNode node = request.get(member);
        if (node != null && node.isArray()) {
            node.forEach(element -> values.add(reader.apply(element)));
        }
        return values;
    }

    /** A list member read element by element, or null when absent (where AWS tells absent from empty). */
    static <T> List<T> optionalList(JsonNode request, String member, Function<JsonNode, T> reader) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : list(request, member, reader);
    }

    /** AWS's framework names members in lower camel case in its validation texts. */
    static DynamoDbException missing(String member) {
        return DynamoDbException.validation("1 validation error detected: Value null at '" + camel(member)
                + "' failed to satisfy constraint: Member must not be null");
    }

    private static String camel(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
