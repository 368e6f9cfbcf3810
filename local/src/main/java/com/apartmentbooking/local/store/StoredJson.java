package com.apartmentbooking.local.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Values kept in the {@link Store} as JSON: records through Jackson's record support, or trees. A value that does not
 * read back is a broken data directory, not a request error, so failures are unchecked.
 */
public final class StoredJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredJson() {
    }

    /** A record or tree as the bytes to store. */
    public static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A value cannot be written as JSON: " + value.getClass().getName(), e);
        }
    }

    /** Stored bytes as a {@code type}; null reads as null (no such entry). */
    public static <T> T decode(byte[] bytes, Class<T> type) {
        if (bytes == null) {
            return null;
        }
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored " + type.getSimpleName() + " does not read back", e);
        }
    }

    /** Stored bytes as a JSON tree. */
    public static JsonNode tree(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored value is not JSON", e);
        }
    }
}
