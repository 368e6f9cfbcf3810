package com.apartmentbooking.local.states.jsonpath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A reference path, the JSONPath subset ASL allows in ResultPath: {@code $} followed by field names
 * ({@code .name}, {@code ['name']}) and array indexes ({@code [0]}), naming exactly one node and
 * usable to write as well as to read.
 */
public final class ReferencePath {
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, ReferencePath> CACHE = new ConcurrentHashMap<>();

    /** One step of the path: a field name or, when {@code name} is null, an array index. */
    public record Segment(String name, int index) {

        static Segment field(String name) {
            return new Segment(name, -1);
        }

        static Segment element(int index) {
            return new Segment(null, index);
        }

        public boolean isField() {
            return name != null;
        }
    }

    private final List<Segment> segments;

    private ReferencePath(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The parsed form of {@code text}; throws IllegalArgumentException when it is not a reference path. */
    public static ReferencePath of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A reference path must be a string");
        }
        ReferencePath cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        ReferencePath parsed = new Parser(text).parse();
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, parsed);
        return parsed;
    }

    /** The steps after {@code $}; empty for {@code $} itself. */
    public List<Segment> segments() {
        return segments;
    }

    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        ReferencePath parse() {
            if (!text.startsWith("$") || text.startsWith("$$")) {
                throw invalid("it must start with '$'");
            }
            position = 1;
            List<Segment> segments = new ArrayList<>();
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '.') {
                    position++;
                    segments.add(Segment.field(dottedName()));
                } else if (c == '[') {
                    position++;
                    segments.add(bracketed());
                } else {
                    throw invalid("unexpected '" + c + "' at position " + position);
                }
                // Writing a result walks the path recursively, a frame per step: bounded as JSONPaths are.
                if (segments.size() > JaywayReader.MAX_STEPS) {
                    throw invalid("it has more than " + JaywayReader.MAX_STEPS + " steps");
                }
            }
            return new ReferencePath(segments);
        }

        private String dottedName() {
            int start = position;
            while (position < text.length() && ".[]'\"*?()@, ".indexOf(text.charAt(position)) < 0) {
                position++;
            }
            if (position == start) {
                throw invalid("empty field name at position " + start);
            }
            return text.substring(start, position);
        }

        private Segment bracketed() {
            if (position >= text.length()) {
                throw invalid("unclosed '['");
            }
            char c = text.charAt(position);
            Segment segment;
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, position + 1);
                if (close < 0) {
                    throw invalid("unclosed quote at position " + position);
                }
                segment = Segment.field(text.substring(position + 1, close));
                position = close + 1;
            } else {
                int start = position;
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
                if (position == start) {
                    throw invalid("only names and non-negative indexes are allowed in brackets");
                }
                segment = Segment.element(Integer.parseInt(text.substring(start, position)));
            }
            if (position >= text.length() || text.charAt(position) != ']') {
                throw invalid("expected ']' at position " + position);
            }
            position++;
            return segment;
        }

        private IllegalArgumentException invalid(String reason) {
            return new IllegalArgumentException("Invalid reference path '" + text + "': " + reason);
        }
    }
}
