package com.apartmentbooking.local.appsync.auth;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a request offers to be authenticated with: an HTTP request to the GraphQL endpoint, or on the real-time
 * endpoint the {@code header} of a connection (signed, for IAM, as a POST of {@code {}} to
 * {@code <graphql path>/connect}) or the {@code extensions.authorization} of a {@code start} (signed as a POST of
 * the start's {@code data} to the GraphQL path).
 *
 * @param method the HTTP method that was signed, {@code POST}
 * @param path the path that was signed, not decoded
 * @param rawQuery the query string that was signed (empty when none), not decoded
 * @param headers the headers, names in lower case
 * @param body the body that was signed
 * @param sourceIp the caller's IP address
 */
public record AuthRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body,
        String sourceIp) {

    public AuthRequest {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = java.util.Collections.unmodifiableMap(lower);
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    /** A header's value by its name in any case, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
