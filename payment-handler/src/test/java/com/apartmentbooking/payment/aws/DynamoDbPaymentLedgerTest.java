package com.apartmentbooking.payment.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.payment.port.PaymentLedger.MarkPaidOutcome;
import com.apartmentbooking.payment.port.StoreUnavailableException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The adapter's own decisions, checked without a DynamoDB: how the transaction is written and how
 * its cancellation reasons are read. The SDK exceptions are built as DynamoDB returns them.
 */
class DynamoDbPaymentLedgerTest {

    /** No client: these tests only build requests and read exceptions, they never call DynamoDB. */
    private final DynamoDbPaymentLedger ledger = new DynamoDbPaymentLedger(null, "Apartments", "Bookings", "Payments");

    private static TransactionCanceledException cancelled(String... codes) {
        List<CancellationReason> reasons = Arrays.stream(codes)
                .map(code -> CancellationReason.builder().code(code).build())
                .toList();
        return TransactionCanceledException.builder().cancellationReasons(reasons).message("cancelled").build();
    }

    @ParameterizedTest
    @CsvSource({
        "ConditionalCheckFailed, None, None, DUPLICATE",
        "ConditionalCheckFailed, ConditionalCheckFailed, ConditionalCheckFailed, DUPLICATE",
        "ConditionalCheckFailed, TransactionConflict, None, DUPLICATE",
        "None, ConditionalCheckFailed, None, NOT_HELD",
        "None, None, ConditionalCheckFailed, NOT_HELD",
        "None, ConditionalCheckFailed, ConditionalCheckFailed, NOT_HELD"
    })
    void readsTheCancellationReasonsByPosition(String payment, String apartment, String booking,
                                               MarkPaidOutcome expected) {
        assertEquals(expected, DynamoDbPaymentLedger.outcomeOf(cancelled(payment, apartment, booking)));
    }

    @ParameterizedTest
    @CsvSource({
        "None, TransactionConflict, None",
        "None, None, ThrottlingError",
        "None, ConditionalCheckFailed, TransactionConflict",
        "None, ProvisionedThroughputExceeded, None",
        "None, None, None"
    })
    void treatsAnyOtherCancellationAsTransient(String payment, String apartment, String booking) {
        TransactionCanceledException e = cancelled(payment, apartment, booking);
        assertThrows(StoreUnavailableException.class, () -> DynamoDbPaymentLedger.outcomeOf(e));
    }

    @Test
    void cancellationWithoutReasonsIsTransient() {
        TransactionCanceledException e = TransactionCanceledException.builder().message("cancelled").build();
        assertThrows(StoreUnavailableException.class, () -> DynamoDbPaymentLedger.outcomeOf(e));
    }

    @Test
    void theRecordOfAnEventIsReadConsistentlyByItsId() {
        var request = ledger.recordedRequest("evt_1");

        assertEquals("Payments", request.tableName());
        assertEquals(Map.of("eventId", AttributeValue.fromS("evt_1")), request.key());
        assertEquals(Boolean.TRUE, request.consistentRead(), "a concurrent delivery's record must be seen");
    }

    @Test
    void transactionRecordsThePaymentThenPaysApartmentAndBookingUnderTheirConditions() {
        Payment payment = new Payment();
        payment.setEventId("evt_1");
        payment.setBookingId("bk-1");
        payment.setOutcome("ACCEPTED");
        payment.setAmount("120.50");
        payment.setCurrency("EUR");
        payment.setReceivedAt("2025-06-01T12:00:00Z");

        TransactWriteItemsRequest request = ledger.markPaidTransaction(payment, "apt-1");
        List<TransactWriteItem> items = request.transactItems();

        assertEquals(3, items.size());
        var put = items.get(0).put();
        assertEquals("Payments", put.tableName());
        assertEquals("attribute_not_exists(#eventId)", put.conditionExpression());
        assertEquals(Map.of("#eventId", "eventId"), put.expressionAttributeNames());
        assertEquals(AttributeValue.fromS("120.50"), put.item().get("amount"));
        assertEquals(AttributeValue.fromS("ACCEPTED"), put.item().get("outcome"));

        var apartment = items.get(1).update();
        assertEquals("Apartments", apartment.tableName());
        assertEquals(Map.of("id", AttributeValue.fromS("apt-1")), apartment.key());
        assertEquals("#status = :reserved AND #bookingId = :bookingId", apartment.conditionExpression());
        assertEquals("SET #status = :paid, #updatedAt = :now ADD #version :one", apartment.updateExpression());
        assertEquals(AttributeValue.fromS("RESERVED"), apartment.expressionAttributeValues().get(":reserved"));
        assertEquals(AttributeValue.fromS("bk-1"), apartment.expressionAttributeValues().get(":bookingId"));
        assertEquals(AttributeValue.fromS("PAID"), apartment.expressionAttributeValues().get(":paid"));

        var booking = items.get(2).update();
        assertEquals("Bookings", booking.tableName());
        assertEquals(Map.of("id", AttributeValue.fromS("bk-1")), booking.key());
        assertEquals("#status IN (:requested, :reserved)", booking.conditionExpression());
        assertEquals("SET #status = :paid, #paidAt = :now, #updatedAt = :now", booking.updateExpression());
        assertEquals(Map.of("#status", "status", "#paidAt", "paidAt", "#updatedAt", "updatedAt"),
                booking.expressionAttributeNames());

        assertEquals(request.clientRequestToken(), ledger.markPaidTransaction(payment, "apt-1").clientRequestToken(),
                "the same attempt gets the same token, so SDK retries are idempotent");
    }
}
