package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.KeyConditions;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;
import java.util.Set;

/**
 * A Query whose table-independent checks have passed. The key conditions are matched against the key schema of the
 * table or index being read, which only the service knows. Optional members are null when absent.
 *
 * @param select           ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES or COUNT (null: the default)
 * @param filterAttributes the top-level attributes the filter reads (empty without a filter)
 * @param filterParameter  how AWS names the filter in its errors: {@code QueryFilter} or {@code Filter Expression}
 */
public record QueryRequest(String tableName, String indexName, KeyConditions keyConditions, Condition filter,
                           Set<String> filterAttributes, String filterParameter, Projection projection,
                           String select, boolean scanForward, Integer limit,
                           Map<String, AttributeValue> exclusiveStartKey, boolean consistentRead) {
}
