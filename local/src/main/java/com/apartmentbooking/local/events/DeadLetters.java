package com.apartmentbooking.local.events;

import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.sqs.MessageAttribute;
import com.apartmentbooking.local.sqs.SqsApi;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends an event its target never took to the target's dead-letter queue, with the attributes EventBridge
 * documents: RULE_ARN, TARGET_ARN, ERROR_CODE, ERROR_MESSAGE, RETRY_ATTEMPTS, and EXHAUSTED_RETRY_CONDITION
 * when a retry limit (not a non-retryable error) ended the delivery.
 */
final class DeadLetters {

    /** The EXHAUSTED_RETRY_CONDITION values. */
    static final String RETRY_ATTEMPTS_EXHAUSTED = "MaximumRetryAttempts";
    static final String EVENT_AGE_EXHAUSTED = "MaximumEventAgeInSeconds";

    private static final System.Logger LOG = System.getLogger(DeadLetters.class.getName());

    private final SqsApi sqs;

    DeadLetters(SqsApi sqs) {
        this.sqs = sqs;
    }

    /**
     * Dead-letters the delivery if its target has a dead-letter queue, else drops it; either way with a warning,
     * as nothing else tells an operator an event was lost.
     *
     * @param retryAttempts how many retries were made
     * @param exhaustedCondition one of the constants here, or null for a non-retryable error
     */
    void handle(PendingDelivery delivery, String errorCode, String errorMessage, int retryAttempts,
            String exhaustedCondition) {
        if (delivery.deadLetterArn() == null) {
            LOG.log(System.Logger.Level.WARNING, "Dropped event for target {0} of rule {1}: {2} {3}",
                    delivery.targetArn(), delivery.ruleArn(), errorCode, errorMessage);
            return;
        }
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        attributes.put("RULE_ARN", text(delivery.ruleArn()));
        attributes.put("TARGET_ARN", text(delivery.targetArn()));
        attributes.put("ERROR_CODE", text(errorCode));
        attributes.put("ERROR_MESSAGE", text(errorMessage));
        attributes.put("RETRY_ATTEMPTS", text(Integer.toString(retryAttempts)));
        if (exhaustedCondition != null) {
            attributes.put("EXHAUSTED_RETRY_CONDITION", text(exhaustedCondition));
        }
        try {
            if (sqs == null) {
                throw new IllegalStateException("SQS is not running");
            }
            sqs.sendMessage(delivery.deadLetterArn(), delivery.event(), attributes);
            LOG.log(System.Logger.Level.WARNING, "Sent event for target {0} of rule {1} to dead-letter queue {2}: {3} {4}",
                    delivery.targetArn(), delivery.ruleArn(), delivery.deadLetterArn(), errorCode, errorMessage);
        } catch (ServiceException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Dropped event for target {0} of rule {1}: {2} {3}; dead-letter queue {4}"
                    + " did not take it: {5}", delivery.targetArn(), delivery.ruleArn(), errorCode, errorMessage,
                    delivery.deadLetterArn(), e.getMessage());
        }
    }

    private static MessageAttribute text(String value) {
        return new MessageAttribute("String", value == null || value.isEmpty() ? "-" : value, null);
    }
}
