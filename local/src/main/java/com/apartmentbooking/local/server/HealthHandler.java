package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /_local/health}: lets scripts and tests wait until the runtime answers, and says when it answers
 * but a component is broken: 200 {@code {"status":"ok"}}, or 503 {@code {"status":"failing","problems":
 * {"<component>": "<what is wrong>"}}}. And, when one is given, {@code GET /}: the line an AWS endpoint answers
 * (DynamoDB's {@code healthy: dynamodb.<region>.amazonaws.com }, its trailing space included), with its
 * {@code x-amz-crc32} and {@code x-amzn-RequestId}, for tools that wait on an endpoint that way.
 */
final class HealthHandler extends Handler.Abstract.NonBlocking {

    static final String PATH = "/_local/health";

    private final Map<String, HealthCheck> checks;
    private final byte[] rootLine;

    /** {@code rootLine} is the answer to {@code GET /}, or {@code null} to leave that request to others. */
    HealthHandler(Map<String, HealthCheck> checks, String rootLine) {
        this.checks = new LinkedHashMap<>(checks);
        this.rootLine = rootLine == null ? null : rootLine.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = Request.getPathInContext(request);
        boolean answered = (rootLine != null && path.equals("/")) || PATH.equals(path);
        if (answered && request.getLength() != 0) {
            // Jetty closes a connection whose request body was left unread, possibly under the client's next request;
            // saying so lets the client open another (reading the body here would block this non-blocking handler).
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        if (rootLine != null && path.equals("/")) {
            CRC32 crc = new CRC32();
            crc.update(rootLine);
            response.getHeaders().put("x-amzn-RequestId", RequestIds.next());
            response.getHeaders().put("x-amz-crc32", Long.toString(crc.getValue()));
            response.write(true, ByteBuffer.wrap(rootLine), callback);
            return true;
        }
        if (!PATH.equals(path)) {
            return false;
        }
        ObjectNode problems = Json.WIRE.createObjectNode();
        checks.forEach((component, check) -> problem(check).ifPresent(problem -> problems.put(component, problem)));
        ObjectNode body = Json.WIRE.createObjectNode();
        if (problems.isEmpty()) {
            body.put("status", "ok");
        } else {
            response.setStatus(503);
            body.put("status", "failing");
            body.set("problems", problems);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.WIRE.writeValueAsBytes(body)), callback);
        return true;
    }

    /** A check that itself fails reports that failure as its component's problem. */
    private static Optional<String> problem(HealthCheck check) {
        try {
            return check.problem();
        } catch (RuntimeException failure) {
            return Optional.of("the health check failed: " + failure);
        }
    }
}
