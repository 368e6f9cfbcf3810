package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;

/**
 * What a single-item write asks besides the change itself.
 *
 * @param condition              checked against the current item (null: unconditional)
 * @param returnValues           NONE, ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW
 * @param returnItemOnCondition  ReturnValuesOnConditionCheckFailure=ALL_OLD: a failed condition carries the item
 */
public record WriteOptions(Condition condition, String returnValues, boolean returnItemOnCondition) {

    public static final WriteOptions NONE = new WriteOptions(null, "NONE", false);
}
