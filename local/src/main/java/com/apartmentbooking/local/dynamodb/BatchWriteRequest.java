package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/** One WriteRequest of BatchWriteItem: a PutRequest (item set) or a DeleteRequest (key set). */
public record BatchWriteRequest(Map<String, AttributeValue> putItem, Map<String, AttributeValue> deleteKey) {
}
