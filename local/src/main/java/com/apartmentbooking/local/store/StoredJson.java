package com.apartmentbooking.local.store;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Values kept in the {@link Store} as JSON, records through Jackson's record support. A value that does not read
 * back is a broken data directory, not a request error, so failures are unchecked.
 *
 * <p>Values are {@link Json#DATA} documents with two additions that make every record read back as it was
 * written: instants are ISO-8601 text (to the nanosecond), and null components are left out, because a JSON
 * {@code null} reads back into a {@link JsonNode} component as a null node rather than as null (null values
 * inside maps are kept: leaving them out would lose their keys).
 */
public final class StoredJson {

    private static final ObjectMapper MAPPER = Json.DATA.copy()
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .registerModule(new SimpleModule("instants")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new InstantFromText()));

    private StoredJson() {
    }

    /** A record as the bytes to store. */
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

    /** An instant from its ISO-8601 text. */
    private static final class InstantFromText extends FromStringDeserializer<Instant> {

        InstantFromText() {
            super(Instant.class);
        }

        @Override
        protected Instant _deserialize(String value, DeserializationContext context) {
            return InstantText.parse(value);
        }
    }
}
