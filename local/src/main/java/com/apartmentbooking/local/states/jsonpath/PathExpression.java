package com.apartmentbooking.local.states.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JSONPath as an ASL field writes it, parsed once: {@code $...} reads the state input,
 * {@code $$...} the context object and {@code $name...} the variable {@code name}.
 */
public final class PathExpression {
    // Paths come from definitions, so the set is small and stable; the bound only protects
    // against a caller that builds paths from data.
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, PathExpression> CACHE = new ConcurrentHashMap<>();

    private enum Source { INPUT, CONTEXT, VARIABLE }

    private final String text;
    private final Source source;
    private final String variable;
    // Null when the expression is the whole document ("$", "$$", "$name"): no library call needed.
    private final JsonPath path;
    // Null when the path needs the library even to succeed.
    private final DirectPath direct;

    private PathExpression(String text, Source source, String variable, String rooted) {
        this.text = text;
        this.source = source;
        this.variable = variable;
        this.path = rooted.equals("$") ? null : JaywayReader.compile(rooted);
        this.direct = path == null ? null : DirectPath.of(rooted).orElse(null);
    }

    /** The parsed form of {@code text}; throws IllegalArgumentException when it is not a path. */
    public static PathExpression of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A JSONPath must be a string");
        }
        PathExpression cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        PathExpression parsed = parse(text);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, parsed);
        return parsed;
    }

    private static PathExpression parse(String text) {
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("A JSONPath must start with '$': " + text);
        }
        if (text.startsWith("$$")) {
            return new PathExpression(text, Source.CONTEXT, null, text.substring(1));
        }
        if (text.length() == 1 || text.charAt(1) == '.' || text.charAt(1) == '[') {
            return new PathExpression(text, Source.INPUT, null, text);
        }
        int end = 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
            end++;
        }
        String name = text.substring(1, end);
        if (!isVariableName(name)) {
            throw new IllegalArgumentException("Invalid variable reference: " + text);
        }
        return new PathExpression(text, Source.VARIABLE, name, "$" + text.substring(end));
    }

    private static boolean isVariableName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    /**
     * The value the path selects. An indefinite path gives an array (possibly empty); a definite
     * path that selects nothing throws {@link NoMatchException}.
     */
    public JsonNode select(PathContext context) {
        JsonNode document = document(context);
        if (path == null) {
            return document;
        }
        JsonNode found = direct == null ? null : direct.walk(document);
        return found != null ? found : JaywayReader.read(path, document);
    }

    private JsonNode document(PathContext context) {
        return switch (source) {
            case INPUT -> context.input();
            case CONTEXT -> context.context();
            case VARIABLE -> {
                Optional<JsonNode> value = context.variables().lookup(variable);
                if (value.isEmpty()) {
                    throw new NoMatchException("The variable '$" + variable + "' is not defined",
                            context.input());
                }
                yield value.get();
            }
        };
    }
}
