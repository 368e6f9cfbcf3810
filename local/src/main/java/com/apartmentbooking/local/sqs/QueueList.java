package com.apartmentbooking.local.sqs;

import java.util.List;

/** One page of ListQueues; {@code nextToken} is {@code null} on the last page. */
public record QueueList(List<String> queueUrls, String nextToken) {
}
