package com.apartmentbooking.local.server;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /_local/health}: lets scripts and tests wait until the runtime answers, and says when it answers
 * but a component is broken: 200 {@code {"status":"ok"}}, or 503 {@code {"status":"failing","problems":
 * {"<component>": "<what is wrong>"}}}.
 */
final class HealthHandler extends Handler.Abstract.NonBlocking {

    static final String PATH = "/_local/health";

    private final Map<String, HealthCheck> checks;

    HealthHandler(Map<String, HealthCheck> checks) {
        this.checks = new LinkedHashMap<>(checks);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        if (!"GET".equals(request.getMethod()) || !PATH.equals(Request.getPathInContext(request))) {
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
