package com.apartmentbooking.local.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event a function URL gives its function: API Gateway's payload format 2.0. Header names are lower case and
 * repeated headers comma-joined, plus {@code x-forwarded-for} and {@code x-forwarded-proto}; cookies are taken out
 * of the headers into {@code cookies}; the body is base64-encoded unless its content type is text.
 */
final class FunctionUrlEvents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** An HTTP request as the function URL received it. */
    record HttpRequest(String method, String scheme, String rawPath, String rawQueryString, String protocol,
            String sourceIp, Map<String, List<String>> headers, byte[] body) {
    }

    /** The URL's identity: the 32-character id AWS puts first in the URL's domain name. */
    record UrlIdentity(String accountId, String urlId, String region) {

        String domainName() {
            return urlId + ".lambda-url." + region + ".on.aws";
        }
    }

    private FunctionUrlEvents() {
    }

    static ObjectNode event(HttpRequest request, UrlIdentity url, String requestId, Instant now) {
        ObjectNode event = JSON.objectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQueryString() == null ? "" : request.rawQueryString());
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                headers.merge(lower, String.join(",", values), (first, more) -> first + "," + more);
            }
        });
        // The headers Lambda's URL front end adds for the function.
        headers.merge("x-forwarded-for", request.sourceIp(), (forwarded, client) -> forwarded + ", " + client);
        headers.put("x-forwarded-proto", request.scheme());
        if (!cookies.isEmpty()) {
            cookies.forEach(event.putArray("cookies")::add);
        }
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach(headerNode::put);
        Map<String, String> query = queryParameters(request.rawQueryString());
        if (!query.isEmpty()) {
            ObjectNode queryNode = event.putObject("queryStringParameters");
            query.forEach(queryNode::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "anonymous");
        context.put("apiId", url.urlId());
        context.put("domainName", url.domainName());
        context.put("domainPrefix", url.urlId());
        context.putObject("http")
                .put("method", request.method())
                .put("path", request.rawPath())
                .put("protocol", request.protocol())
                .put("sourceIp", request.sourceIp())
                .put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", requestId);
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        boolean text = isText(headers.get("content-type"));
        if (request.body().length > 0) {
            event.put("body", text ? new String(request.body(), StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(request.body()));
        }
        event.put("isBase64Encoded", request.body().length > 0 && !text);
        return event;
    }

    /** Query parameters decoded, repeated ones comma-joined, as payload format 2.0 gives them. */
    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, more) -> first + "," + more);
        }
        return parameters;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** Content types whose bodies Lambda passes as text. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml")
                || type.equals("application/javascript") || type.equals("application/x-www-form-urlencoded")
                || type.endsWith("+json") || type.endsWith("+xml");
    }
}
