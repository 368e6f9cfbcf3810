package com.apartmentbooking.payment;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.apartmentbooking.model.validation.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The webhook's HTTP answers; every body is JSON. */
final class HttpReplies {

    static APIGatewayV2HTTPResponse processed(PaymentResult result) {
        ObjectNode body = object()
                .put("result", result.kind().name())
                .put("bookingId", result.bookingId())
                .put("paymentId", result.paymentId());
        if (result.reason() != null) {
            body.put("reason", result.reason().name());
        }
        if (result.kind() == PaymentResult.Kind.CONFLICT) {
            body.put("message", "payment " + result.paymentId()
                    + " is recorded with another booking, amount or currency; nothing was changed");
        }
        // 200 for a conflict too: it is final, and a provider retries any other status for days and may then
        // disable the endpoint, stopping every payment. Operators learn of it from the handler's log and event.
        return reply(200, body, Map.of());
    }

    static APIGatewayV2HTTPResponse ignored() {
        return reply(200, object().put("result", "IGNORED"), Map.of());
    }

    static APIGatewayV2HTTPResponse invalid(String error, List<Violation> violations) {
        ObjectNode body = error(error);
        ArrayNode list = body.putArray("violations");
        violations.forEach(v -> list.addObject().put("field", v.field()).put("message", v.message()));
        return reply(400, body, Map.of());
    }

    static APIGatewayV2HTTPResponse unauthorized(String why) {
        return reply(401, error(why), Map.of());
    }

    static APIGatewayV2HTTPResponse notFound(String path) {
        return reply(404, error("no such resource: " + path), Map.of());
    }

    static APIGatewayV2HTTPResponse methodNotAllowed(String method, String allowed) {
        return reply(405, error("method " + method + " not allowed"), Map.of("Allow", allowed));
    }

    static APIGatewayV2HTTPResponse unavailable() {
        return reply(503, error("payment could not be processed now, nothing was recorded; retry later"), Map.of());
    }

    private static APIGatewayV2HTTPResponse reply(int status, ObjectNode body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", "application/json");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body.toString())
                .withIsBase64Encoded(false)
                .build();
    }

    private static ObjectNode error(String message) {
        return object().put("error", message);
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    private HttpReplies() {
    }
}
