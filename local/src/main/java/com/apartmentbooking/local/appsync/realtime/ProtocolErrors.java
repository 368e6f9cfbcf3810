package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** The {@code errors} of AppSync's real-time protocol errors, worded as AppSync words them. */
final class ProtocolErrors {

    private ProtocolErrors() {
    }

    /** The client offered no subprotocol; AppSync answers this with a {@code connection_error} and closes. */
    static ArrayNode noProtocol() {
        return codedMessage("NoProtocolError", 400);
    }

    /** The client offered subprotocols, none of them {@code graphql-ws}. */
    static ArrayNode subProtocolNotSupported() {
        return codedMessage("SubProtocolNotSupportedError", 400);
    }

    /** The connection's {@code header} is not base64 of a JSON object. */
    static ArrayNode invalidHeader() {
        ArrayNode errors = Json.WIRE.createArrayNode();
        errors.addObject()
                .put("errorType", "com.amazonaws.deepdish.graphql.auth#UnauthorizedException")
                .put("message", "Valid authorization header not provided.")
                .put("errorCode", 400);
        return errors;
    }

    /**
     * A message AppSync cannot read as one of its operations: an unknown {@code type}, text that is not a JSON
     * object, or a {@code start} or {@code stop} without the fields it needs.
     */
    static ArrayNode unsupportedOperation() {
        return typed("UnsupportedOperation", "unknown not supported through the realtime channel");
    }

    static ArrayNode duplicatedOperation(String id) {
        return typed("DuplicatedOperationError", "Duplicated operation with id " + id);
    }

    static ArrayNode maxSubscriptionsReached(int limit) {
        return typed("MaxSubscriptionsReachedError", "Max number of " + limit + " subscriptions reached");
    }

    private static ArrayNode codedMessage(String message, int code) {
        ArrayNode errors = Json.WIRE.createArrayNode();
        errors.addObject().put("message", message).put("errorCode", code);
        return errors;
    }

    private static ArrayNode typed(String errorType, String message) {
        ArrayNode errors = Json.WIRE.createArrayNode();
        errors.addObject().put("errorType", errorType).put("message", message);
        return errors;
    }
}
