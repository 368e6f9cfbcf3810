package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * A query's key condition: the partition key value, and optionally a condition on the sort key
 * ({@code = < <= > >=}, BETWEEN or begins_with); {@code sortCondition} is null when the query names only the
 * partition key.
 */
public record KeyCondition(KeySchema keys, AttributeValue partitionValue, SortKeyCondition sortCondition) {

    /** A condition on the sort key; {@code high} is only set for BETWEEN. */
    public record SortKeyCondition(Kind kind, AttributeValue value, AttributeValue high) {

        public enum Kind { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

        public boolean matches(AttributeValue sortValue) {
            if (sortValue == null) {
                return false;
            }
            return switch (kind) {
                case EQ -> Condition.Comparator.EQ.holds(sortValue, value);
                case LT -> Condition.Comparator.LT.holds(sortValue, value);
                case LE -> Condition.Comparator.LE.holds(sortValue, value);
                case GT -> Condition.Comparator.GT.holds(sortValue, value);
                case GE -> Condition.Comparator.GE.holds(sortValue, value);
                case BETWEEN -> Condition.Comparator.GE.holds(sortValue, value)
                        && Condition.Comparator.LE.holds(sortValue, high);
                case BEGINS_WITH -> Comparisons.beginsWith(sortValue, value);
            };
        }
    }

    public boolean matches(Map<String, AttributeValue> item) {
        if (!Comparisons.equal(item.get(keys.hashKey()), partitionValue)) {
            return false;
        }
        return sortCondition == null || sortCondition.matches(item.get(keys.rangeKey()));
    }
}
