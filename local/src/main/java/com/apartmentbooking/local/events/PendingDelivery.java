package com.apartmentbooking.local.events;

import java.time.Instant;

/**
 * One event still to be delivered to one target, kept in the store from the PutEvents that accepted it until
 * the target took it or it was dead-lettered. It carries everything the delivery needs, so that changing or
 * removing the rule afterwards does not change what was promised.
 *
 * @param key the store key: sorts in acceptance order
 * @param event the event as EventBridge delivers it (what a dead-letter queue receives)
 * @param input what the target receives (the event, or the target's transformation of it)
 * @param ingestedMillis when PutEvents accepted the event; the retry policy's age counts from here
 * @param retries how many retries have been made (the first attempt is not a retry)
 * @param dueMillis when the next attempt is due
 * @param lastErrorCode the dead-letter ERROR_CODE of the last failed attempt, or null
 * @param lastErrorMessage the dead-letter ERROR_MESSAGE of the last failed attempt, or null
 */
record PendingDelivery(String key, String ruleArn, String targetArn, String event, String input,
        long ingestedMillis, RetryPolicy retryPolicy, String deadLetterArn, int retries, long dueMillis,
        String lastErrorCode, String lastErrorMessage) {

    Instant due() {
        return Instant.ofEpochMilli(dueMillis);
    }

    /** The instant after which no more attempts are made (MaximumEventAgeInSeconds). */
    Instant expiry() {
        return Instant.ofEpochMilli(ingestedMillis).plusSeconds(retryPolicy.maximumEventAgeInSeconds());
    }

    PendingDelivery retryAt(Instant due, DeliveryFailure failure) {
        return new PendingDelivery(key, ruleArn, targetArn, event, input, ingestedMillis, retryPolicy, deadLetterArn,
                retries + 1, due.toEpochMilli(), failure.errorCode(), failure.getMessage());
    }
}
