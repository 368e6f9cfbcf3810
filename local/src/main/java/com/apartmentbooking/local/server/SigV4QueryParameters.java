package com.apartmentbooking.local.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A signature given in the query string ({@code ?X-Amz-Algorithm=...&X-Amz-Credential=...}, a presigned request)
 * instead of an {@code Authorization} header: AWS's checks that it is the only one and that it is complete.
 */
final class SigV4QueryParameters {

    private static final String ALGORITHM = "X-Amz-Algorithm";
    private static final List<String> REQUIRED =
            List.of(ALGORITHM, "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date");

    private final Map<String, String> parameters;

    private SigV4QueryParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /** The query's parameters; names and values decoded, the first of a repeated name kept. */
    static SigV4QueryParameters of(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                parameters.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new SigV4QueryParameters(parameters);
    }

    /** Whether the query says it carries a signature, which is what AWS goes by. */
    boolean present() {
        return parameters.containsKey(ALGORITHM);
    }

    /** Refuses a signature given both ways, then one in the query that lacks a part (every missing part named). */
    void requireOnlyAndComplete(String authorization) {
        if (authorization != null) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INVALID_SIGNATURE,
                    "Found both '" + ALGORITHM + "' as a query-string param and 'Authorization' as HTTP header.");
        }
        StringBuilder missing = new StringBuilder();
        for (String name : REQUIRED) {
            String value = parameters.get(name);
            if (value == null || value.isEmpty()) {
                missing.append("AWS query-string parameters must include '").append(name).append("'. ");
            }
        }
        if (!missing.isEmpty()) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE,
                    missing + "Re-examine the query-string parameters.");
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
