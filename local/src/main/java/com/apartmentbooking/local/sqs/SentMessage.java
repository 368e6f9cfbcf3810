package com.apartmentbooking.local.sqs;

/** SendMessage's answer; {@code md5OfMessageAttributes} is {@code null} for a message without attributes. */
public record SentMessage(String messageId, String md5OfMessageBody, String md5OfMessageAttributes) {
}
