package com.apartmentbooking.local.appsync.vtl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $util.dynamodb}: values as DynamoDB attribute values, as maps ({@code toX}) or JSON text ({@code toXJson}).
 * As AppSync's examples show, a number stays a JSON number: {@code toNumber(12345)} is {@code {"N": 12345}}.
 */
public final class TemplateDynamoDb {

    private final TemplateJson json;

    TemplateDynamoDb(TemplateJson json) {
        this.json = json;
    }

    /** A string, number, boolean, null, list or map as the attribute value of its kind. */
    public Map<String, Object> toDynamoDB(Object value) {
        if (value == null) {
            return toNull();
        }
        if (value instanceof String text) {
            return toString(text);
        }
        if (value instanceof Number number) {
            return toNumber(number);
        }
        if (value instanceof Boolean bool) {
            return toBoolean(bool);
        }
        if (value instanceof List<?> list) {
            return toList(list);
        }
        if (value instanceof Map<?, ?> map) {
            return toMap(map);
        }
        return toString(value.toString());
    }

    public String toDynamoDBJson(Object value) {
        return json.write(toDynamoDB(value));
    }

    public Map<String, Object> toString(String value) {
        return Map.of("S", value);
    }

    public String toStringJson(String value) {
        return json.write(toString(value));
    }

    public Map<String, Object> toStringSet(List<String> values) {
        return Map.of("SS", List.copyOf(values));
    }

    public String toStringSetJson(List<String> values) {
        return json.write(toStringSet(values));
    }

    public Map<String, Object> toNumber(Number value) {
        return Map.of("N", value);
    }

    public String toNumberJson(Number value) {
        return json.write(toNumber(value));
    }

    public Map<String, Object> toNumberSet(List<Number> values) {
        return Map.of("NS", List.copyOf(values));
    }

    public String toNumberSetJson(List<Number> values) {
        return json.write(toNumberSet(values));
    }

    /** {@code value} is already base64 text. */
    public Map<String, Object> toBinary(String value) {
        return Map.of("B", value);
    }

    public String toBinaryJson(String value) {
        return json.write(toBinary(value));
    }

    public Map<String, Object> toBinarySet(List<String> values) {
        return Map.of("BS", List.copyOf(values));
    }

    public String toBinarySetJson(List<String> values) {
        return json.write(toBinarySet(values));
    }

    public Map<String, Object> toBoolean(boolean value) {
        return Map.of("BOOL", value);
    }

    public String toBooleanJson(boolean value) {
        return json.write(toBoolean(value));
    }

    public Map<String, Object> toNull() {
        return Map.of("NULL", true);
    }

    public String toNullJson() {
        return json.write(toNull());
    }

    public Map<String, Object> toList(List<?> values) {
        return Map.of("L", values.stream().map(this::toDynamoDB).toList());
    }

    public String toListJson(List<?> values) {
        return json.write(toList(values));
    }

    public Map<String, Object> toMap(Map<?, ?> values) {
        return Map.of("M", toMapValues(values));
    }

    public String toMapJson(Map<?, ?> values) {
        return json.write(toMap(values));
    }

    /** Each value as an attribute value, without the {@code M} around them: an item's attributes. */
    public Map<String, Object> toMapValues(Map<?, ?> values) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        values.forEach((key, value) -> attributes.put(String.valueOf(key), toDynamoDB(value)));
        return attributes;
    }

    public String toMapValuesJson(Map<?, ?> values) {
        return json.write(toMapValues(values));
    }
}
