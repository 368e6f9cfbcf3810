package com.apartmentbooking.local.sqs;

import java.util.Map;

/**
 * A message in a queue with its delivery state.
 *
 * @param key the message's key in the store; it orders messages by sending time
 * @param visibleAtMillis when the message may be received next (after its delay or visibility timeout)
 * @param receiveCount how often it was received
 * @param firstReceiveMillis when it was first received, 0 before that
 * @param receiptNonce changes with every receive, so each receive hands out a new receipt handle
 */
public record StoredMessage(String key, String messageId, String body, Map<String, MessageAttribute> attributes,
        long sentMillis, long visibleAtMillis, int receiveCount, long firstReceiveMillis, String receiptNonce) {

    StoredMessage received(long nowMillis, long visibleAtMillis, String nonce) {
        return new StoredMessage(key, messageId, body, attributes, sentMillis, visibleAtMillis, receiveCount + 1,
                firstReceiveMillis == 0 ? nowMillis : firstReceiveMillis, nonce);
    }
}
