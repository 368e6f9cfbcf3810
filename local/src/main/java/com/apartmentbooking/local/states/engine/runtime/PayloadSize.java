package com.apartmentbooking.local.states.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The size in UTF-8 bytes of a JSON value's compact text, counted without writing the text: the
 * 256 KiB payload limit is checked on every state's output, so this stays cheap, and it stops
 * counting once the limit is passed.
 */
final class PayloadSize {
    static final long LIMIT_BYTES = 256 * 1024;

    private PayloadSize() {
    }

    static boolean exceedsLimit(JsonNode value) {
        return size(value, LIMIT_BYTES) > LIMIT_BYTES;
    }

    static long bytes(JsonNode value) {
        return size(value, Long.MAX_VALUE);
    }

    /** The size, or any number above {@code stopAbove} once it is clear the size is larger. */
    private static long size(JsonNode value, long stopAbove) {
        switch (value.getNodeType()) {
            case STRING:
                return quoted(value.textValue());
            case NUMBER:
                return value.asText().length();
            case BOOLEAN:
                return value.booleanValue() ? 4 : 5;
            case ARRAY:
                return array(value, stopAbove);
            case OBJECT:
                return object(value, stopAbove);
            default:
                return 4;
        }
    }

    private static long array(JsonNode array, long stopAbove) {
        long total = 2 + Math.max(0, array.size() - 1);
        for (JsonNode element : array) {
            total += size(element, stopAbove - total);
            if (total > stopAbove) {
                return total;
            }
        }
        return total;
    }

    private static long object(JsonNode object, long stopAbove) {
        long total = 2 + Math.max(0, object.size() - 1);
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            total += quoted(field.getKey()) + 1 + size(field.getValue(), stopAbove - total);
            if (total > stopAbove) {
                return total;
            }
        }
        return total;
    }

    /** A string's size quoted and escaped; plain ASCII, the common case, is counted without encoding. */
    private static long quoted(String text) {
        long size = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                size += 2;
            } else if (c < 0x20) {
                size += 6;
            } else if (c < 0x80) {
                size += 1;
            } else {
                return size + text.substring(i).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return size;
    }
}
