package com.apartmentbooking.local.sqs;

import java.util.Map;

/**
 * A queue as stored: its name, the attributes set at creation (defaults filled in) and when it was created.
 *
 * @param attributes VisibilityTimeout, MessageRetentionPeriod, DelaySeconds, ReceiveMessageWaitTimeSeconds and,
 *                   when given, RedrivePolicy, as the strings SQS returns
 */
public record Queue(String name, Map<String, String> attributes, long createdMillis) {

    int seconds(String attribute) {
        return Integer.parseInt(attributes.get(attribute));
    }
}
