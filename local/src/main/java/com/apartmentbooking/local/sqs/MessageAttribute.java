package com.apartmentbooking.local.sqs;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One message attribute as SQS keeps it: a data type ({@code String}, {@code Number}, {@code Binary}, optionally
 * with a {@code .custom} suffix) and either a string or a binary value, as the type's prefix says.
 */
public record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {

    /** Binary types carry {@link #binaryValue}; String and Number types carry {@link #stringValue}. */
    @JsonIgnore
    public boolean isBinary() {
        return dataType.startsWith("Binary");
    }
}
