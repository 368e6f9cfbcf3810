package com.apartmentbooking.reservation.aws;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts paging keys between the port's plain strings and DynamoDB attribute values; every key attribute is a string. */
final class KeyAttributes {

    static Map<String, AttributeValue> toAttributeValues(Map<String, String> key) {
        if (key == null) {
            return null;
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        key.forEach((name, value) -> attributes.put(name, AttributeValue.fromS(value)));
        return attributes;
    }

    static Map<String, String> toStrings(Map<String, AttributeValue> key) {
        if (key == null) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        key.forEach((name, value) -> strings.put(name, value.s()));
        return strings;
    }

    private KeyAttributes() {
    }
}
