package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The factories carry AWS's exception names, statuses and fixed texts, so callers cannot misspell them. */
class DynamoDbExceptionTest {

    @Test
    void factoriesNameTheAwsException() {
        assertEquals("ValidationException", DynamoDbException.validation("m").code());
        assertEquals("ResourceNotFoundException", DynamoDbException.resourceNotFound("m").code());
        assertEquals("ResourceInUseException", DynamoDbException.resourceInUse("m").code());
        assertEquals("TransactionConflictException", DynamoDbException.transactionConflict("m").code());
        assertEquals("IdempotentParameterMismatchException", DynamoDbException.idempotentParameterMismatch("m").code());
        assertEquals("ItemCollectionSizeLimitExceededException",
                DynamoDbException.itemCollectionSizeLimitExceeded("m").code());
        assertEquals("LimitExceededException", DynamoDbException.limitExceeded("m").code());
        assertEquals(400, DynamoDbException.validation("m").status());
        assertEquals(500, DynamoDbException.internalServerError("m").status());
    }

    @Test
    void failedConditionsOptionallyCarryTheItem() {
        assertNull(DynamoDbException.conditionalCheckFailed().item());
        DynamoDbException e = DynamoDbException.conditionalCheckFailed(Map.of("id", AttributeValue.s("1")));
        assertEquals("The conditional request failed", e.getMessage());
        assertEquals(Map.of("id", AttributeValue.s("1")), e.item());
    }

    @Test
    void cancelledTransactionsListEveryReasonCode() {
        DynamoDbException e = DynamoDbException.transactionCanceled(List.of(DynamoDbException.CancellationReason.NONE,
                new DynamoDbException.CancellationReason("TransactionConflict", "Transaction is ongoing for the item", null),
                DynamoDbException.CancellationReason.conditionalCheckFailed(null)));
        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[None, TransactionConflict, ConditionalCheckFailed]", e.getMessage());
        assertEquals(3, e.cancellationReasons().size());
    }
}
