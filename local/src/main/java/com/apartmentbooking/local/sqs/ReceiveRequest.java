package com.apartmentbooking.local.sqs;

import java.util.List;

/**
 * A ReceiveMessage call.
 *
 * @param maxMessages 1 to 10
 * @param visibilityTimeout seconds, or {@code null} for the queue's
 * @param waitTimeSeconds seconds to wait for a message, or {@code null} for the queue's
 * @param systemAttributeNames names of system attributes to return, or "All"
 * @param messageAttributeNames names of message attributes to return: "All", ".*", names, or prefixes ending in ".*"
 */
public record ReceiveRequest(String queueUrl, int maxMessages, Integer visibilityTimeout, Integer waitTimeSeconds,
        List<String> systemAttributeNames, List<String> messageAttributeNames) {
}
