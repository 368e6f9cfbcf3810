package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;

/**
 * One statement as a request carries it: ExecuteStatement's, one of BatchExecuteStatement's Statements or one of
 * ExecuteTransaction's TransactStatements.
 *
 * @param returnItemOnConditionFailure ReturnValuesOnConditionCheckFailure is ALL_OLD
 */
public record PartiqlRequest(String statement, List<AttributeValue> parameters, boolean consistentRead,
                             boolean returnItemOnConditionFailure) {

    public PartiqlRequest {
        parameters = List.copyOf(parameters);
    }
}
