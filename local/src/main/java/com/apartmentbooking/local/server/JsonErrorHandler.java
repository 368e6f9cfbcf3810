package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to what never reaches a service (a malformed request line, a URI or headers over the limit, a
 * handler that threw) in the AWS JSON protocol's error shape instead of an HTML page: the status stays, the body is
 * {@code {"__type": ..., "message": ...}} named after the status, and neither carries the failure's own text,
 * which stays in the server's log.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put("x-amzn-RequestId", RequestIds.next());
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    /** Requests Jetty's parser rejects before there is a request to handle. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        return ByteBuffer.wrap(body(status));
    }

    /**
     * The type is the status's reason phrase in one word ({@code URITooLong}); a 500 reads as the one the AWS JSON
     * services answer for an unexpected failure.
     */
    static byte[] body(int status) {
        String reason = HttpStatus.getMessage(status);
        boolean internal = status == 500;
        String json = Json.WIRE.createObjectNode()
                .put("__type", internal ? "InternalServerError" : reason.replaceAll("[^A-Za-z0-9]", ""))
                .put("message", internal ? "Internal server error" : reason)
                .toString();
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
