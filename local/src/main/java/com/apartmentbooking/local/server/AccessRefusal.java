package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A request the front door refuses before any service sees it, answered in AWS's JSON error shape
 * ({@code {"__type": ..., "message": ...}} and {@code x-amzn-ErrorType}), so SDKs report the code and message.
 */
record AccessRefusal(int status, String code, String message) {

    static AccessRefusal forbidden(String message) {
        return new AccessRefusal(403, "AccessDeniedException", message);
    }

    static AccessRefusal unsupportedMediaType(String message) {
        return new AccessRefusal(415, "UnsupportedMediaTypeException", message);
    }

    void write(Response response, Callback callback) {
        String body = Json.WIRE.createObjectNode().put("__type", code).put("message", message).toString();
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("x-amzn-RequestId", RequestIds.next());
        response.getHeaders().put("x-amzn-ErrorType", code);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
