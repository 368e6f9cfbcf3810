package com.apartmentbooking.local.states.jsonata;

import com.apartmentbooking.local.json.Json;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The functions Step Functions adds to JSONata, as counterparts of the JSONPath intrinsics:
 * {@code $partition(array, size)}, {@code $range(start, end, step)}, {@code $hash(text, algorithm)},
 * {@code $random([seed])}, {@code $uuid()} and {@code $parse(jsonText)}. The signatures let the
 * library check argument types with its usual T0410 errors; range checks the library cannot express
 * fail with an {@link IllegalArgumentException} whose message becomes the error's detail.
 */
final class StatesJsonataFunctions {
    /**
     * The cap of States.ArrayRange, applied to $range too so that a mistyped bound cannot exhaust
     * memory; that AWS caps $range at the same size is an assumption, not a recorded result.
     */
    private static final int MAX_RANGE_ITEMS = 1000;
    private static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private StatesJsonataFunctions() {
    }

    static void registerOn(Jsonata expression) {
        expression.registerFunction("partition", Jsonata.function("partition",
                (Jsonata.Fn2<List<Object>, Number, Object>) StatesJsonataFunctions::partition, "<an:a>"));
        expression.registerFunction("range", Jsonata.function("range",
                (Jsonata.Fn3<Number, Number, Number, Object>) StatesJsonataFunctions::range, "<nnn:a>"));
        expression.registerFunction("hash", Jsonata.function("hash",
                (Jsonata.Fn2<String, String, Object>) StatesJsonataFunctions::hash, "<ss:s>"));
        expression.registerFunction("random", Jsonata.function("random",
                (Jsonata.FnVarArgs<Object>) arguments -> random(arguments.get(0)), "<j?:n>"));
        expression.registerFunction("uuid", Jsonata.function("uuid",
                (Jsonata.Fn0<Object>) () -> UUID.randomUUID().toString(), "<:s>"));
        expression.registerFunction("parse", Jsonata.function("parse",
                (Jsonata.Fn1<String, Object>) StatesJsonataFunctions::parse, "<s:j>"));
    }

    private static Object partition(List<Object> array, Number size) {
        if (size.doubleValue() != Math.rint(size.doubleValue()) || size.doubleValue() < 1) {
            throw new IllegalArgumentException("The chunk size of $partition must be a positive integer: " + size);
        }
        int chunk = size.intValue();
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += chunk) {
            chunks.add(new ArrayList<>(array.subList(from, Math.min(array.size(), from + chunk))));
        }
        return chunks;
    }

    /** Both ends are included when the steps reach them: $range(0, 9, 3) is [0, 3, 6, 9]. */
    private static Object range(Number start, Number end, Number step) {
        double first = start.doubleValue();
        double last = end.doubleValue();
        double increment = step.doubleValue();
        if (increment == 0) {
            throw new IllegalArgumentException("The step of $range must not be zero");
        }
        List<Object> values = new ArrayList<>();
        for (double value = first; increment > 0 ? value <= last : value >= last; value += increment) {
            if (values.size() == MAX_RANGE_ITEMS) {
                throw new IllegalArgumentException(
                        "The result of $range cannot contain more than " + MAX_RANGE_ITEMS + " items");
            }
            values.add(value);
        }
        return values;
    }

    /** The digest as lowercase hexadecimal, as States.Hash gives it. */
    private static Object hash(String text, String algorithm) {
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("The hash algorithm of $hash must be one of "
                    + String.join(", ", HASH_ALGORITHMS) + ": " + algorithm);
        }
        try {
            byte[] bytes = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** A number in [0, 1); the same seed gives the same number, which makes tests repeatable. */
    private static Object random(Object seed) {
        if (seed == null) {
            return ThreadLocalRandom.current().nextDouble();
        }
        // Random keeps only the low 48 bits of a seed, so the double's bits are folded into them.
        long seedValue = seed instanceof Number number ? Double.hashCode(number.doubleValue())
                : String.valueOf(seed).hashCode();
        return new Random(seedValue).nextDouble();
    }

    private static Object parse(String json) {
        JsonNode parsed;
        try {
            parsed = Json.DATA.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The argument of $parse is not valid JSON: " + json, e);
        }
        if (parsed.isMissingNode()) {
            throw new IllegalArgumentException("The argument of $parse is not valid JSON: " + json);
        }
        return JsonataValues.toJsonata(parsed);
    }
}
