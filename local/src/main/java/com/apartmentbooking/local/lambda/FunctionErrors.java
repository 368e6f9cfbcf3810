package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The error documents Lambda itself writes when a function fails without posting its own error. */
final class FunctionErrors {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private FunctionErrors() {
    }

    /** What Lambda answers when the handler runs past its timeout (the instance is then stopped). */
    static byte[] timedOut(Instant at, String requestId, int timeoutSeconds) {
        return document(null, TIMESTAMP.format(at) + " " + requestId + " Task timed out after "
                + timeoutSeconds + ".00 seconds");
    }

    /** What Lambda answers when the instance's process ends before it answered. */
    static byte[] exited(String requestId, int exitStatus) {
        String how = exitStatus > 128 ? "signal: " + signalName(exitStatus - 128) : "exit status " + exitStatus;
        return document("Runtime.ExitError", "RequestId: " + requestId + " Error: Runtime exited with error: " + how);
    }

    /** What Lambda answers when a handler's response is larger than the synchronous limit. */
    static byte[] responseTooLarge() {
        return document("Function.ResponseSizeTooLarge",
                "Response payload size exceeded maximum allowed payload size ("
                        + PayloadLimits.SYNC_RESPONSE_BYTES + " bytes).");
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> "killed";
            case 15 -> "terminated";
            case 6 -> "aborted";
            case 11 -> "segmentation fault";
            default -> "signal " + signal;
        };
    }

    private static byte[] document(String errorType, String errorMessage) {
        ObjectNode node = Json.DATA.createObjectNode();
        node.put("errorMessage", errorMessage);
        if (errorType != null) {
            node.put("errorType", errorType);
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
