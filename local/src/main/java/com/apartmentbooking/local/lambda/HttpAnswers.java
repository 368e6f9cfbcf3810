package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.server.AwsServiceException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writing answers of Lambda's REST-JSON API, errors in its shape: {@code x-amzn-ErrorType} and
 * {@code {"Type","message"}}.
 */
final class HttpAnswers {

    private static final System.Logger LOG = System.getLogger(HttpAnswers.class.getName());

    private HttpAnswers() {
    }

    static String newRequestId(Response response) {
        String requestId = UUID.randomUUID().toString();
        response.getHeaders().put("x-amzn-RequestId", requestId);
        return requestId;
    }

    static void write(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static void json(Response response, Callback callback, int status, JsonNode body) {
        write(response, callback, status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void error(Response response, Callback callback, Throwable failure) {
        AwsServiceException error = failure instanceof LambdaException refused ? wireForm(refused) : internal(failure);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        error.members().forEach(body::set);
        body.put("Type", error.status() >= 500 ? "Service" : "User");
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        response.getHeaders().put("x-amzn-ErrorType", error.code());
        json(response, callback, error.status(), body);
    }

    private static AwsServiceException wireForm(LambdaException refused) {
        AwsServiceException error = AwsServiceException.from(refused);
        if (refused.reason() != null) {
            error.with("Reason", TextNode.valueOf(refused.reason()));
        }
        return error;
    }

    private static AwsServiceException internal(Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "A Lambda request failed", failure);
        return new AwsServiceException(500, "ServiceException", "An internal error occurred.");
    }
}
