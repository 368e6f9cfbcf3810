package com.apartmentbooking.local.sqs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue attributes CreateQueue accepts: their defaults and AWS's limits. RedrivePolicy is kept as given, for
 * the queue whose dead letters go elsewhere; this runtime's queues are the dead-letter targets themselves.
 */
final class QueueAttributes {

    static final String VISIBILITY_TIMEOUT = "VisibilityTimeout";
    static final String MESSAGE_RETENTION_PERIOD = "MessageRetentionPeriod";
    static final String DELAY_SECONDS = "DelaySeconds";
    static final String RECEIVE_WAIT_TIME_SECONDS = "ReceiveMessageWaitTimeSeconds";
    static final String REDRIVE_POLICY = "RedrivePolicy";

    /** Settable number attributes: name, minimum, maximum, default. */
    private record Bounds(String name, int min, int max, int defaultValue) {
    }

    private static final List<Bounds> NUMBERS = List.of(
            new Bounds(VISIBILITY_TIMEOUT, 0, 43_200, 30),
            new Bounds(MESSAGE_RETENTION_PERIOD, 60, 1_209_600, 345_600),
            new Bounds(DELAY_SECONDS, 0, 900, 0),
            new Bounds(RECEIVE_WAIT_TIME_SECONDS, 0, 20, 0));

    private QueueAttributes() {
    }

    /** The requested attributes, checked, with defaults for those not given: what a queue stores. */
    static Map<String, String> withDefaults(Map<String, String> requested) {
        for (String name : requested.keySet()) {
            if (!isSettable(name)) {
                throw SqsErrors.invalidAttributeName(name);
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Bounds bounds : NUMBERS) {
            String given = requested.get(bounds.name());
            attributes.put(bounds.name(), given == null ? Integer.toString(bounds.defaultValue()) : checked(bounds, given));
        }
        String redrivePolicy = requested.get(REDRIVE_POLICY);
        if (redrivePolicy != null) {
            attributes.put(REDRIVE_POLICY, redrivePolicy);
        }
        return attributes;
    }

    /** Whether CreateQueue accepts the attribute (and GetQueueAttributes returns it as stored). */
    static boolean isSettable(String name) {
        return REDRIVE_POLICY.equals(name) || NUMBERS.stream().anyMatch(bounds -> bounds.name().equals(name));
    }

    private static String checked(Bounds bounds, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= bounds.min() && number <= bounds.max()) {
                return Integer.toString(number);
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number, as SQS does
        }
        throw SqsErrors.invalidAttributeValue("Invalid value for the parameter " + bounds.name() + ".");
    }
}
