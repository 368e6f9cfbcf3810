package com.apartmentbooking.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;

/**
 * An accepted Event invocation waiting for its next attempt.
 *
 * @param key its key in the store, in the order invocations were accepted
 * @param qualifier the alias or version it named, or null
 * @param attempts how many attempts failed so far
 * @param dueAt when the next attempt runs
 */
record QueuedEvent(String key, String functionName, String qualifier, byte[] payload, Instant acceptedAt,
        int attempts, Instant dueAt) {

    QueuedEvent retryAt(Instant next) {
        return new QueuedEvent(key, functionName, qualifier, payload, acceptedAt, attempts + 1, next);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("functionName", functionName);
        if (qualifier != null) {
            node.put("qualifier", qualifier);
        }
        node.put("payload", Base64.getEncoder().encodeToString(payload));
        node.put("acceptedAt", acceptedAt.toString());
        node.put("attempts", attempts);
        node.put("dueAt", dueAt.toString());
        return node;
    }

    static QueuedEvent fromJson(String key, JsonNode node) {
        JsonNode qualifier = node.get("qualifier");
        return new QueuedEvent(key, node.get("functionName").asText(), qualifier == null ? null : qualifier.asText(),
                Base64.getDecoder().decode(node.get("payload").asText()), Instant.parse(node.get("acceptedAt").asText()),
                node.get("attempts").asInt(), Instant.parse(node.get("dueAt").asText()));
    }
}
