package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request. Every expression of the request is
 * parsed against the same context, which records the placeholders they use, because AWS rejects a request whose
 * placeholders are not all used by some expression of it ({@link #assertAllUsed()}).
 */
public final class ExpressionContext {

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names == null ? Map.of() : new LinkedHashMap<>(names);
        this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
    }

    public static ExpressionContext empty() {
        return new ExpressionContext(Map.of(), Map.of());
    }

    /**
     * Reads the two request members (either may be null or missing) with AWS's checks: not empty, names start
     * with '#', values with ':', and each value a valid attribute value.
     */
    public static ExpressionContext fromRequest(JsonNode namesNode, JsonNode valuesNode) {
        Map<String, String> names = new LinkedHashMap<>();
        if (namesNode != null && !namesNode.isNull()) {
            if (namesNode.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeNames must not be empty");
            }
            namesNode.properties().forEach(entry -> {
                if (!entry.getKey().startsWith("#") || entry.getKey().length() < 2) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + entry.getKey() + "\"");
                }
                names.put(entry.getKey(), entry.getValue().asText());
            });
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        if (valuesNode != null && !valuesNode.isNull()) {
            if (valuesNode.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeValues must not be empty");
            }
            // Every key is checked before any value, whatever their order.
            valuesNode.properties().forEach(entry -> {
                String key = entry.getKey();
                if (!key.startsWith(":") || key.length() < 2) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
                }
            });
            valuesNode.properties().forEach(entry -> {
                String key = entry.getKey();
                try {
                    values.put(key, AttributeValues.fromJson(entry.getValue()));
                } catch (DynamoDbException e) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeValues contains invalid value: " + e.getMessage() + " for key " + key);
                }
            });
        }
        return new ExpressionContext(names, values);
    }

    /** The attribute name behind {@code #placeholder}, recording the use, or null when it is not defined. */
    String name(String placeholder) {
        String name = names.get(placeholder);
        if (name != null) {
            usedNames.add(placeholder);
        }
        return name;
    }

    /** The value behind {@code :placeholder}, recording the use, or null when it is not defined. */
    AttributeValue value(String placeholder) {
        AttributeValue value = values.get(placeholder);
        if (value != null) {
            usedValues.add(placeholder);
        }
        return value;
    }

    /**
     * Raises AWS's error for placeholders no expression of the request used (names before values). A request with
     * placeholders but no expression is refused before (LegacyParameters.checkParameterStyles).
     */
    public void assertAllUsed() {
        Set<String> unusedNames = new LinkedHashSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new LinkedHashSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }
}
