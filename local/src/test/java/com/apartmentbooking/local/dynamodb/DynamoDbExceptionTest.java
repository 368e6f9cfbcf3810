package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.server.AwsServiceException;
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
    void eachErrorIsInItsNamespace() {
        assertEquals("com.amazon.coral.validate#ValidationException", DynamoDbException.validation("m").type());
        assertEquals("com.amazon.coral.service#SerializationException", DynamoDbException.serialization("m").type());
        assertEquals("com.amazon.coral.service#UnknownOperationException",
                DynamoDbException.unknownOperation().type());
        assertEquals("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
                DynamoDbException.resourceNotFound("m").type());
        assertEquals("com.amazonaws.dynamodb.v20120810#ExpiredIteratorException",
                new DynamoDbException("ExpiredIteratorException", "Iterator expired", 400).type());
    }

    @Test
    void onlyTheFrameworksSerializationExceptionNamesItsMessageWithACapital() {
        assertTrue(DynamoDbException.serialization("m").capitalizedMessage());
        assertFalse(DynamoDbException.validation("m").capitalizedMessage());
        assertFalse(DynamoDbException.unknownOperation().capitalizedMessage());
        assertFalse(DynamoDbException.conditionalCheckFailed().capitalizedMessage());
    }

    @Test
    void theWireFormKeepsTheNamespaceAndTheMessageMember() {
        AwsServiceException serialization = DynamoDbProtocol.toAws(DynamoDbException.serialization("m"));
        assertEquals("com.amazon.coral.service#SerializationException", serialization.code());
        assertEquals("Message", serialization.messageMember());
        AwsServiceException validation = DynamoDbProtocol.toAws(DynamoDbException.validation("m"));
        assertEquals("com.amazon.coral.validate#ValidationException", validation.code());
        assertEquals("message", validation.messageMember());
        // DynamoDB's own errors get the service's prefix from the front door, as every service's do.
        assertEquals("ResourceInUseException", DynamoDbProtocol.toAws(DynamoDbException.resourceInUse("m")).code());
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
