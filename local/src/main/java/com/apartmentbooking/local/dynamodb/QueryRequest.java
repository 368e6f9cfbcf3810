package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;
import java.util.function.Function;

/**
 * A Query. The key condition is compiled against the key schema of the table or index being read, which only the
 * service knows, hence a function of it. Optional members are null when absent.
 *
 * @param select ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES or COUNT
 */
public record QueryRequest(String tableName, String indexName, Function<KeySchema, KeyCondition> keyCondition,
                           Condition filter, Projection projection, String select, boolean scanForward,
                           Integer limit, Map<String, AttributeValue> exclusiveStartKey, boolean consistentRead) {
}
