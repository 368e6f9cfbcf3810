package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.util.URIUtil;

/**
 * A connection's {@code header}, the authorization headers it offers, in the three forms AppSync accepts: the
 * {@code header} query parameter (base64 of a JSON object), a {@code header-<base64url>} subprotocol next to
 * {@code graphql-ws}, or else the upgrade request's own HTTP headers.
 */
final class ConnectionHeader {

    static final String SUBPROTOCOL_PREFIX = "header-";
    private static final String QUERY_PARAMETER = "header";

    private ConnectionHeader() {
    }

    /**
     * The headers a connection offers, or empty when its {@code header} is not base64 of a JSON object.
     *
     * @param rawQuery the upgrade request's query string, not decoded (may be null)
     * @param subprotocols the subprotocols the client offered
     * @param httpHeaders the upgrade request's HTTP headers
     */
    static Optional<Map<String, String>> decode(String rawQuery, List<String> subprotocols, HttpFields httpHeaders) {
        Optional<String> fromQuery = queryParameter(rawQuery);
        if (fromQuery.isPresent()) {
            return decodeObject(fromQuery.get());
        }
        for (String subprotocol : subprotocols) {
            if (subprotocol.startsWith(SUBPROTOCOL_PREFIX)) {
                return decodeObject(subprotocol.substring(SUBPROTOCOL_PREFIX.length()));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : httpHeaders) {
            headers.putIfAbsent(field.getName(), field.getValue());
        }
        return Optional.of(headers);
    }

    // Base64 in a query string is often not percent-encoded, so '+' is taken as itself, never as a space.
    private static Optional<String> queryParameter(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (name.equals(QUERY_PARAMETER)) {
                return Optional.of(equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    // Accepts base64 and base64url, padded or not: the query form is one, the subprotocol form the other.
    private static Optional<Map<String, String>> decodeObject(String encoded) {
        try {
            String base64 = URIUtil.decodePath(encoded).replace('-', '+').replace('_', '/');
            JsonNode object = Json.WIRE.readTree(Base64.getDecoder().decode(base64));
            if (object == null || !object.isObject()) {
                return Optional.empty();
            }
            return Optional.of(headersOf(object));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** A JSON object of headers as headers: text values as they are, anything else as its JSON. */
    static Map<String, String> headersOf(JsonNode object) {
        Map<String, String> headers = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> headers.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        return headers;
    }
}
