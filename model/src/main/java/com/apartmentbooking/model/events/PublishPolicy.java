package com.apartmentbooking.model.events;

import java.util.List;
import java.util.Optional;

/**
 * When an event counts as published: one rule for every publisher on the {@code booking} bus.
 *
 * <p>An event is published only when the PutEvents call returned, its FailedEntryCount is 0 (or
 * absent) and no result entry carries an error code: PutEvents reports a refused entry inside a
 * successful response, which the SDK does not retry. A transient failure (InternalFailure,
 * ThrottlingException, a timeout) counts exactly like a permanent one (a malformed or unauthorised
 * entry): either way the event is not on the bus, and the publisher's caller fails the request it
 * serves, whose retry is the remedy. The error code in the message tells the two apart in the logs.
 *
 * <p>The policy reads plain error codes, not the EventBridge client's types, so the model stays
 * free of AWS calls; each module's EventBridge adapter hands it the answer.
 */
public final class PublishPolicy {

    /** One result entry of a PutEvents answer; a null error code means the bus took the entry. */
    public record EntryResult(String errorCode, String errorMessage) {
    }

    /**
     * @param failedEntryCount as answered, or null when the answer has none
     * @param results          the answer's result entries
     * @throws EventPublishException when the answer refused the event
     */
    public static void requireTaken(DomainEvent event, Integer failedEntryCount, List<EntryResult> results) {
        Optional<EntryResult> refused = results.stream().filter(result -> result.errorCode() != null).findFirst();
        boolean failed = failedEntryCount != null && failedEntryCount > 0;
        if (failed || refused.isPresent()) {
            throw new EventPublishException(event.detailType() + " was refused: " + refused
                    .map(PublishPolicy::describe)
                    .orElse("FailedEntryCount " + failedEntryCount));
        }
    }

    /** The failure of a PutEvents call that threw after the client's own retries. */
    public static EventPublishException callFailed(DomainEvent event, RuntimeException cause) {
        return new EventPublishException("publishing " + event.detailType() + " failed", cause);
    }

    /**
     * How many leading entries of one PutEvents call the bus took: up to the first result with an error code, or
     * the first entry the answer has no result for. A FailedEntryCount above 0 that no result explains refuses the
     * whole call.
     *
     * @param sent             the number of entries sent
     * @param failedEntryCount as answered, or null when the answer has none
     * @param results          the answer's result entries, in the order of the entries sent
     */
    public static int takenPrefix(int sent, Integer failedEntryCount, List<EntryResult> results) {
        int taken = Math.min(sent, results.size());
        for (int i = 0; i < taken; i++) {
            if (results.get(i).errorCode() != null) {
                return i;
            }
        }
        boolean unexplained = taken == sent && failedEntryCount != null && failedEntryCount > 0;
        return unexplained ? 0 : taken;
    }

    /** The failure of a PutEvents call of several events that threw after the client's own retries. */
    public static EventPublishException batchCallFailed(List<? extends DomainEvent> events, RuntimeException cause) {
        return new EventPublishException("publishing " + events.size() + " events failed", cause);
    }

    private static String describe(EntryResult result) {
        return result.errorMessage() == null ? result.errorCode() : result.errorCode() + ": " + result.errorMessage();
    }

    private PublishPolicy() {
    }
}
