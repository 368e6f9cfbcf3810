package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;

/**
 * One change of one item as DynamoDB Streams reports it. Images are already cut to the stream's view type when
 * the record is made (that is what AWS stores), so readers only format it.
 *
 * @param eventName  INSERT, MODIFY or REMOVE
 * @param newImage   the item after the change, or null when the view type or event has none
 * @param oldImage   the item before the change, or null likewise
 * @param ttlDelete  true when the TTL sweeper removed the item: the record then names the DynamoDB service as
 *                   its user identity, the way AWS marks TTL deletions
 */
public record StreamRecord(String streamArn, BigInteger sequenceNumber, String eventId, String eventName,
                           String region, Instant created, Map<String, AttributeValue> keys,
                           Map<String, AttributeValue> newImage, Map<String, AttributeValue> oldImage,
                           long sizeBytes, String viewType, boolean ttlDelete) {
}
