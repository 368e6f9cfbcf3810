package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * What ExecuteStatement answers: the items (a write's are those RETURNING asked for), and where a SELECT stopped
 * (both null on its last page).
 */
public record StatementResult(List<Map<String, AttributeValue>> items, String nextToken,
                              Map<String, AttributeValue> lastEvaluatedKey) {
}
