package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.Update;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * One action of TransactWriteItems. {@code item} is set for Put, {@code key} for the others, {@code update} for
 * Update; {@code condition} may be null except for ConditionCheck.
 *
 * @param kind ConditionCheck, Put, Update or Delete
 */
public record TransactWriteAction(String kind, String tableName, Map<String, AttributeValue> key,
                                  Map<String, AttributeValue> item, Condition condition, Update update,
                                  boolean returnItemOnCondition) {
}
