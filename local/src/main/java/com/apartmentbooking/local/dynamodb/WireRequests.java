package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.apartmentbooking.local.server.AwsServiceException;
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
     * An Integer member, or null when absent. AWS's framework refuses a value it cannot read as a 32-bit integer
     * (a larger number, a string, a boolean, a list or a map) before any validation, naming the Java class the JSON
     * value read as; a fraction is cut to its whole part.
     */
    static Integer integer(JsonNode request, String member) {
        JsonNode node = request.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            if (!node.canConvertToInt()) {
                throw notConvertible(node.isIntegralNumber() ? "java.lang.Long" : "java.lang.Double");
            }
            return (int) Math.floor(node.asDouble());
        }
        if (node.isArray()) {
            throw serialization("Start of list found where not expected");
        }
        if (node.isObject()) {
            throw serialization("Start of structure or map found where not expected.");
        }
        throw notConvertible(node.isBoolean() ? "java.lang.Boolean" : "java.lang.String");
    }

    private static DynamoDbException notConvertible(String javaClass) {
        return serialization("class " + javaClass + " can not be converted to an Integer");
    }

    private static DynamoDbException serialization(String message) {
        return new DynamoDbException(AwsServiceException.FRAMEWORK_PREFIX + "SerializationException", message, 400);
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
