package com.apartmentbooking.local.lambda;

import java.time.Instant;

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
}
