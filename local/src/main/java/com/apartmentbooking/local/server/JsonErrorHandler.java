package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to what never reaches a service (a malformed request line, a URI or headers over the limit, a
 * handler that threw) in the AWS JSON protocol's error shape instead of an HTML page: the status stays, the body is
 * {@code {"__type": ..., "message": ...}} named after the status, with the same type in {@code x-amzn-ErrorType} for
 * the REST-JSON clients, and neither carries the failure's own text, which stays in the server's log.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    /** Where the REST-JSON protocols (Lambda, AppSync) read an error's code; the AWS JSON ones read {@code __type}. */
    private static final String ERROR_TYPE = "x-amzn-ErrorType";

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Every method gets the body, not only Jetty's default GET, POST and HEAD: a refused DELETE or PUT is an error too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put("x-amzn-RequestId", RequestIds.next());
        response.getHeaders().put(ERROR_TYPE, type(code));
        // Jetty closes the connection after this answer when the request's body was left unread; saying so keeps a
        // client from sending its next request on a connection that is already gone.
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    /** Requests Jetty's parser rejects before there is a request to handle. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        fields.put(ERROR_TYPE, type(status));
        return ByteBuffer.wrap(body(status));
    }

    /**
     * The type is the status's reason phrase in one word ({@code URITooLong}); a 500 reads as the one the AWS JSON
     * services answer for an unexpected failure.
     */
    static byte[] body(int status) {
        String json = Json.WIRE.createObjectNode()
                .put("__type", type(status))
                .put("message", status == 500 ? "Internal server error" : HttpStatus.getMessage(status))
                .toString();
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String type(int status) {
        return status == 500 ? "InternalServerError" : HttpStatus.getMessage(status).replaceAll("[^A-Za-z0-9]", "");
    }
}
