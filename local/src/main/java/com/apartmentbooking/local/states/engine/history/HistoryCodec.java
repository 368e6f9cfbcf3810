package com.apartmentbooking.local.states.engine.history;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Consecutive history events as one stored block, in a compact binary form: the events a step adds are written
 * together, ids follow from the first, timestamps are differences, known words are numbers, payloads stay as their
 * JSON text (unescaped) and a text the block already holds (a state's output is the next one's input) refers back
 * to it, and {@code {"truncated": false}} is one byte. Reading a block back gives events whose
 * GetExecutionHistory form is the one written.
 *
 * <p>Block: format version, event count, first timestamp (epoch seconds, nanoseconds); per event its type, the
 * distance back to its previous event, the nanoseconds since the event before it, and its details member (name and
 * value, or no name for none).
 */
public final class HistoryCodec {
    private static final int FORMAT = 1;
    private static final int OBJECT = 0;
    private static final int TEXT = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int NULL = 6;
    private static final int NOT_TRUNCATED = 7;
    private static final int OTHER_JSON = 8;
    /** A string reference: 0 for none, 1 for text that follows, 2 for an earlier text of the block, 3 + n for word n. */
    private static final int NO_STRING = 0;
    private static final int INLINE_STRING = 1;
    private static final int EARLIER_STRING = 2;
    private static final int FIRST_WORD = 3;
    /** Shorter texts are written again rather than referred back to. */
    private static final int SHORTEST_EARLIER_STRING = 8;

    private HistoryCodec() {
    }

    /** {@code events} (consecutive ids, at least one) as one block. */
    public static byte[] encode(List<HistoryEvent> events) {
        Out out = new Out();
        out.varint(FORMAT);
        out.varint(events.size());
        Instant first = events.get(0).timestamp();
        out.varlong(first.getEpochSecond());
        out.varlong(first.getNano());
        Instant previous = first;
        for (HistoryEvent event : events) {
            out.string(event.type());
            out.varlong(event.id() - event.previousEventId());
            out.varlong(nanosBetween(previous, event.timestamp()));
            previous = event.timestamp();
            EventDetails details = event.detailsOrNull();
            if (details == null) {
                out.string(null);
            } else {
                out.string(details.key());
                out.value(details.toJson(out::payloadText));
            }
        }
        return out.bytes();
    }

    /** The events of a block whose first event has id {@code firstId}. */
    public static List<HistoryEvent> decode(byte[] block, long firstId) {
        In in = new In(block);
        int format = (int) in.varlong();
        if (format != FORMAT) {
            throw new IllegalStateException("A stored history block has an unknown format: " + format);
        }
        int count = (int) in.varlong();
        Instant timestamp = Instant.ofEpochSecond(in.varlong(), in.varlong());
        List<HistoryEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            String type = in.string();
            long previousEventId = id - in.varlong();
            timestamp = timestamp.plusNanos(in.varlong());
            String detailsKey = in.string();
            EventDetails details = detailsKey == null ? null
                    : EventDetails.parse(detailsKey, (ObjectNode) in.value());
            events.add(new HistoryEvent(id, previousEventId, timestamp, type, details));
        }
        return events;
    }

    private static long nanosBetween(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * 1_000_000_000L + (to.getNano() - from.getNano());
    }

    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        /** The long texts written inline so far, by their position among them. */
        private final Map<String, Integer> earlier = new HashMap<>();
        /** The payloads of the block as text, by identity: the engine hands a state's output on as the next input. */
        private final Map<JsonNode, String> payloadTexts = new IdentityHashMap<>();

        String payloadText(JsonNode payload) {
            return payloadTexts.computeIfAbsent(payload, EventDetails::text);
        }

        void varint(int value) {
            varlong(value);
        }

        /** Zig-zag, then seven bits a byte: small magnitudes of either sign take one byte. */
        void varlong(long value) {
            long zigzag = (value << 1) ^ (value >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                bytes.write((int) ((zigzag & 0x7F) | 0x80));
                zigzag >>>= 7;
            }
            bytes.write((int) zigzag);
        }

        void string(String value) {
            if (value == null) {
                varint(NO_STRING);
                return;
            }
            int code = HistoryWords.code(value);
            if (code >= 0) {
                varint(FIRST_WORD + code);
                return;
            }
            if (value.length() >= SHORTEST_EARLIER_STRING) {
                Integer position = earlier.putIfAbsent(value, earlier.size());
                if (position != null) {
                    varint(EARLIER_STRING);
                    varint(position);
                    return;
                }
            }
            varint(INLINE_STRING);
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes.writeBytes(utf8);
        }

        void value(JsonNode value) {
            if (value.isObject() && value.size() == 1 && value.get("truncated") != null
                    && value.get("truncated").isBoolean() && !value.get("truncated").booleanValue()) {
                bytes.write(NOT_TRUNCATED);
            } else if (value.isObject()) {
                bytes.write(OBJECT);
                varint(value.size());
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    string(field.getKey());
                    value(field.getValue());
                }
            } else if (value.isTextual()) {
                bytes.write(TEXT);
                string(value.textValue());
            } else if (value.isInt()) {
                bytes.write(INT);
                varlong(value.intValue());
            } else if (value.isLong()) {
                bytes.write(LONG);
                varlong(value.longValue());
            } else if (value.isBoolean()) {
                bytes.write(value.booleanValue() ? TRUE : FALSE);
            } else if (value.isNull()) {
                bytes.write(NULL);
            } else {
                bytes.write(OTHER_JSON);
                string(EventDetails.text(value));
            }
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static final class In {
        private final byte[] bytes;
        private final List<String> earlier = new ArrayList<>();
        private int position;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        long varlong() {
            long zigzag = 0;
            int shift = 0;
            int next;
            do {
                next = bytes[position++];
                zigzag |= (long) (next & 0x7F) << shift;
                shift += 7;
            } while ((next & 0x80) != 0);
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        String string() {
            int reference = (int) varlong();
            if (reference == NO_STRING) {
                return null;
            }
            if (reference >= FIRST_WORD) {
                return HistoryWords.word(reference - FIRST_WORD);
            }
            if (reference == EARLIER_STRING) {
                return earlier.get((int) varlong());
            }
            int length = (int) varlong();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            if (text.length() >= SHORTEST_EARLIER_STRING) {
                earlier.add(text);
            }
            return text;
        }

        JsonNode value() {
            int tag = bytes[position++];
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (tag) {
                case OBJECT -> {
                    ObjectNode object = nodes.objectNode();
                    int size = (int) varlong();
                    for (int i = 0; i < size; i++) {
                        String name = string();
                        object.set(name, value());
                    }
                    yield object;
                }
                case TEXT -> nodes.textNode(string());
                case INT -> nodes.numberNode((int) varlong());
                case LONG -> nodes.numberNode(varlong());
                case TRUE -> nodes.booleanNode(true);
                case FALSE -> nodes.booleanNode(false);
                case NULL -> nodes.nullNode();
                case NOT_TRUNCATED -> nodes.objectNode().put("truncated", false);
                case OTHER_JSON -> json(string());
                default -> throw new IllegalStateException("A stored history block has an unknown value tag: " + tag);
            };
        }

        private static JsonNode json(String text) {
            try {
                return Json.DATA.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored history value does not read back", e);
            }
        }
    }
}
