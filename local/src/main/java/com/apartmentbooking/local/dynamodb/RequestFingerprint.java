package com.apartmentbooking.local.dynamodb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short text that is equal for two typed requests exactly when the requests are equal, so a request can be kept
 * (a transaction token's) and compared with a retry after a restart. The request's records (actions, compiled
 * expressions, attribute values) compare by value; their canonical text names each record's type and lists its
 * components in order, with map entries and set members sorted, since neither's order makes two requests differ.
 * The fingerprint is the SHA-256 of that text.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(Object request) {
        StringBuilder text = new StringBuilder();
        write(request, text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void write(Object value, StringBuilder text) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof String string) {
            quoted(string, text);
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Enum<?>) {
            text.append(value);
        } else if (value instanceof byte[] bytes) {
            quoted(Base64.getEncoder().encodeToString(bytes), text);
        } else if (value instanceof ByteBuffer buffer) {
            ByteBuffer source = buffer.duplicate();
            byte[] bytes = new byte[source.remaining()];
            source.get(bytes);
            write(bytes, text);
        } else if (value instanceof Record record) {
            writeRecord(record, text);
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((key, entry) -> entries.add(canonical(key) + "=" + canonical(entry)));
            sortedList(entries, '{', '}', text);
        } else if (value instanceof Set<?> set) {
            sortedList(set.stream().map(RequestFingerprint::canonical).toList(), '<', '>', text);
        } else if (value instanceof List<?> list) {
            text.append('[');
            list.forEach(element -> {
                write(element, text);
                text.append(',');
            });
            text.append(']');
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getName());
        }
    }

    private static void writeRecord(Record record, StringBuilder text) {
        text.append(record.getClass().getName()).append('(');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                write(component.getAccessor().invoke(record), text);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
            text.append(',');
        }
        text.append(')');
    }

    private static String canonical(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return text.toString();
    }

    private static void sortedList(List<String> elements, char open, char close, StringBuilder text) {
        text.append(open);
        elements.stream().sorted().forEach(element -> text.append(element).append(','));
        text.append(close);
    }

    private static void quoted(String string, StringBuilder text) {
        text.append('"').append(string.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
