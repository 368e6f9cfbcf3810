package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.engine.TaskTokenException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task tokens of the tasks waiting for SendTaskSuccess/Failure/Heartbeat, engine-wide. A
 * callback is handed to the owning execution's event loop, never run on the caller's thread.
 */
public final class TaskTokens {
    private final Map<String, TokenHolder> holders = new ConcurrentHashMap<>();

    /**
     * The side of a waiting task that receives the callbacks, on its execution's event loop; each future completes
     * once what the callback did is committed durably, which is when the caller may be told it was taken.
     */
    interface TokenHolder {
        CompletableFuture<Void> succeed(JsonNode output);

        CompletableFuture<Void> fail(String error, String cause);

        CompletableFuture<Void> heartbeat();
    }

    String issue(TokenHolder holder) {
        String token = UUID.randomUUID().toString();
        holders.put(token, holder);
        return token;
    }

    /** Registers a token again for a task rebuilt from a store. */
    void restore(String token, TokenHolder holder) {
        holders.put(token, holder);
    }

    void revoke(String token) {
        if (token != null) {
            holders.remove(token);
        }
    }

    /**
     * Looks up a token. An unknown token fails as SendTaskSuccess does when the task already ended or
     * never existed: TaskDoesNotExist.
     */
    TokenHolder holder(String token) {
        TokenHolder holder = token == null ? null : holders.get(token);
        if (holder == null) {
            throw new TaskTokenException(TaskTokenException.TASK_DOES_NOT_EXIST,
                    "Task Token does not exist or has expired: " + token);
        }
        return holder;
    }

    public CompletableFuture<Void> succeed(String token, JsonNode output) {
        return holder(token).succeed(output);
    }

    public CompletableFuture<Void> fail(String token, String error, String cause) {
        return holder(token).fail(error, cause);
    }

    public CompletableFuture<Void> heartbeat(String token) {
        return holder(token).heartbeat();
    }
}
