package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * One entry of BatchExecuteStatement's Responses: the statement's table, the item a SELECT found, or the error
 * of a statement that failed. Members are null when absent.
 */
public record BatchStatementResult(String tableName, Map<String, AttributeValue> item, Error error) {

    /**
     * A failed statement in AWS's BatchStatementError shape.
     *
     * @param code ConditionalCheckFailed, DuplicateItem, ValidationError, ResourceNotFound, ...
     * @param item the current item of a failed condition, when the statement asked for it
     */
    public record Error(String code, String message, Map<String, AttributeValue> item) {
    }
}
