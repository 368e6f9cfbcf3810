package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The messages AppSync's real-time endpoint sends, as the text of their frames. */
final class ServerMessages {

    /** How long a client waits for a keep-alive before it gives the connection up, as AppSync tells it. */
    static final long CONNECTION_TIMEOUT_MS = 300_000;

    private ServerMessages() {
    }

    static String connectionAck() {
        ObjectNode message = type("connection_ack");
        message.putObject("payload").put("connectionTimeoutMs", CONNECTION_TIMEOUT_MS);
        return text(message);
    }

    static String keepAlive() {
        return text(type("ka"));
    }

    static String connectionError(ArrayNode errors) {
        ObjectNode message = type("connection_error");
        message.putObject("payload").set("errors", errors);
        return text(message);
    }

    static String startAck(String id) {
        return text(type("start_ack").put("id", id));
    }

    static String data(String id, ObjectNode payload) {
        ObjectNode message = type("data").put("id", id);
        message.set("payload", payload);
        return text(message);
    }

    static String complete(String id) {
        return text(type("complete").put("id", id));
    }

    /** An {@code error}; {@code id} is null when the error belongs to no subscription. */
    static String error(String id, ArrayNode errors) {
        ObjectNode message = type("error");
        if (id != null) {
            message.put("id", id);
        }
        message.putObject("payload").set("errors", errors);
        return text(message);
    }

    private static ObjectNode type(String type) {
        return Json.WIRE.createObjectNode().put("type", type);
    }

    private static String text(ObjectNode message) {
        try {
            return Json.WIRE.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of JSON nodes always serializes", e);
        }
    }
}
