package com.apartmentbooking.local.states.jsonpath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Test shorthand: JSON text to a tree, with single quotes standing for double quotes. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Parses {@code text} after turning every {@code '} into {@code "}, to keep test JSON readable. */
    public static JsonNode json(String text) {
        return parse(text.replace('\'', '"'));
    }

    /** Parses {@code text} as it is. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
