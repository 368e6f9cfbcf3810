package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.StreamRequest;
import java.util.List;
import java.util.Map;

/**
 * An UpdateTable call: each member is null (or empty) when the call leaves that part of the table alone.
 */
public record UpdateTableRequest(String tableName, Map<String, String> attributeDefinitions, String billingMode,
                                 Long readCapacity, Long writeCapacity, StreamRequest stream,
                                 List<IndexRequest> createIndexes, List<String> deleteIndexes,
                                 Boolean deletionProtection) {
}
