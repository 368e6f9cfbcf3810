package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * How a function URL turns a function's result into the HTTP answer: an object with {@code statusCode} gives the
 * status, headers, cookies and body (base64-decoded when {@code isBase64Encoded}); any other result is the body
 * of a 200 {@code application/json} answer, as Lambda infers the response format.
 */
final class FunctionUrlResponses {

    static final byte[] INTERNAL_ERROR = "{\"Message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);

    private FunctionUrlResponses() {
    }

    static void write(byte[] result, Response response, Callback callback) {
        JsonNode node;
        try {
            node = Json.DATA.readTree(result);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject() || !node.has("statusCode")) {
            HttpAnswers.write(response, callback, 200, "application/json", result);
            return;
        }
        JsonNode bodyNode = node.get("body");
        String body = bodyNode == null || bodyNode.isNull() ? ""
                : bodyNode.isTextual() ? bodyNode.asText() : bodyNode.toString();
        byte[] bytes;
        try {
            bytes = node.path("isBase64Encoded").asBoolean(false)
                    ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A body that claims to be base64 but is not: the URL front end has nothing to answer with.
            HttpAnswers.write(response, callback, 502, "application/json", INTERNAL_ERROR);
            return;
        }
        String contentType = null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.path("headers").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> header = fields.next();
            if (header.getKey().equalsIgnoreCase("content-type")) {
                contentType = header.getValue().asText();
            } else {
                response.getHeaders().add(header.getKey(), header.getValue().asText());
            }
        }
        for (JsonNode cookie : node.path("cookies")) {
            response.getHeaders().add("Set-Cookie", cookie.asText());
        }
        HttpAnswers.write(response, callback, node.get("statusCode").asInt(200), contentType, bytes);
    }
}
