package com.apartmentbooking.local.server;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as it was signed: what the canonical request is built from.
 *
 * @param method the HTTP method
 * @param rawPath the path as it came on the wire, not decoded
 * @param rawQuery the query string as it came on the wire, not decoded, empty when none
 * @param headers the headers, a header sent more than once as its values joined by commas
 * @param body the body
 */
public record SigV4Request(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

    public SigV4Request {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = Collections.unmodifiableMap(lower);
        rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    /** A header's value by its name in any case, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
