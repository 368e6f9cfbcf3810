package com.apartmentbooking.local.states.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/** The type tests of Choice rules other than IsPresent, which needs no value. */
enum TypeTest {
    IS_NULL("IsNull"), IS_NUMERIC("IsNumeric"), IS_STRING("IsString"), IS_BOOLEAN("IsBoolean"),
    IS_TIMESTAMP("IsTimestamp");

    private final String fieldName;

    TypeTest(String fieldName) {
        this.fieldName = fieldName;
    }

    static Optional<TypeTest> named(String fieldName) {
        return Arrays.stream(values()).filter(test -> test.fieldName.equals(fieldName)).findFirst();
    }

    boolean holdsFor(JsonNode value) {
        switch (this) {
            case IS_NULL:
                return value.isNull();
            case IS_NUMERIC:
                return value.isNumber();
            case IS_STRING:
                return value.isTextual();
            case IS_BOOLEAN:
                return value.isBoolean();
            default:
                return TimestampValues.of(value).isPresent();
        }
    }
}
