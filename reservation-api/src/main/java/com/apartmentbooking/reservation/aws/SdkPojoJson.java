package com.apartmentbooking.reservation.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * An SDK model object as JSON under its wire member names, walked through the SDK's own field
 * metadata ({@link SdkPojo#sdkFields()}) instead of reflection. Unset members are left out, as on the wire.
 */
final class SdkPojoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ObjectNode of(SdkPojo pojo) {
        ObjectNode object = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (isSet(value)) {
                object.set(field.locationName(), valueOf(value));
            }
        }
        return object;
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private static JsonNode valueOf(Object value) {
        if (value instanceof SdkPojo pojo) {
            return of(pojo);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(valueOf(element)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, element) -> object.set(String.valueOf(key), valueOf(element)));
            return object;
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.binaryNode(bytes.asByteArray());
        }
        // Strings, enums kept as their wire strings, and Instants (ISO-8601) all print as text.
        return NODES.textNode(String.valueOf(value));
    }

    private SdkPojoJson() {
    }
}
