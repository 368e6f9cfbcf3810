package com.apartmentbooking.local.sqs;

import java.util.Map;

/**
 * A message as one ReceiveMessage hands it out.
 *
 * @param systemAttributes the requested ones among ApproximateReceiveCount, SentTimestamp and
 *                         ApproximateFirstReceiveTimestamp
 * @param attributes the requested message attributes
 */
public record ReceivedMessage(String messageId, String receiptHandle, String body, Map<String, String> systemAttributes,
        Map<String, MessageAttribute> attributes) {
}
