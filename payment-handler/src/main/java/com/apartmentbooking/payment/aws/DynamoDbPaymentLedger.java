package com.apartmentbooking.payment.aws;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.items.PaymentSchema;
import com.apartmentbooking.payment.port.PaymentLedger;
import com.apartmentbooking.payment.port.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** {@link PaymentLedger} on the Apartments, Bookings and Payments tables. */
public final class DynamoDbPaymentLedger implements PaymentLedger {

    private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";
    private static final String NO_FAILURE = "None";

    // The order of the transaction's items; cancellation reasons come back in the same order.
    private static final int PAYMENT_ITEM = 0;
    private static final int APARTMENT_ITEM = 1;
    private static final int BOOKING_ITEM = 2;

    private static final String PAYMENT_IS_NEW = "attribute_not_exists(#eventId)";

    private final DynamoDbClient dynamoDb;
    private final String apartmentsTable;
    private final String bookingsTable;
    private final String paymentsTable;

    public DynamoDbPaymentLedger(DynamoDbClient dynamoDb, String apartmentsTable, String bookingsTable,
                                 String paymentsTable) {
        this.dynamoDb = dynamoDb;
        this.apartmentsTable = apartmentsTable;
        this.bookingsTable = bookingsTable;
        this.paymentsTable = paymentsTable;
    }

    @Override
    public Optional<Payment> recorded(String eventId) {
        GetItemResponse response;
        try {
            response = dynamoDb.getItem(recordedRequest(eventId));
        } catch (SdkException e) {
            throw new StoreUnavailableException("reading payment " + eventId + " failed", e);
        }
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(PaymentSchema.TABLE.mapToItem(response.item()))
                : Optional.empty();
    }

    GetItemRequest recordedRequest(String eventId) {
        return GetItemRequest.builder().tableName(paymentsTable)
                .key(Map.of(Attributes.EVENT_ID, text(eventId)))
                // A delivery of the same event may have been recorded a moment ago.
                .consistentRead(true)
                .build();
    }

    @Override
    public Optional<String> apartmentOfBooking(String bookingId) {
        GetItemResponse response;
        try {
            response = dynamoDb.getItem(get -> get.tableName(bookingsTable)
                    .key(Map.of(Attributes.ID, text(bookingId)))
                    .projectionExpression("#apartmentId")
                    .expressionAttributeNames(Map.of("#apartmentId", Attributes.APARTMENT_ID))
                    // The workflow may have reserved the apartment a moment ago.
                    .consistentRead(true));
        } catch (SdkException e) {
            throw new StoreUnavailableException("reading booking " + bookingId + " failed", e);
        }
        AttributeValue apartmentId = response.hasItem() ? response.item().get(Attributes.APARTMENT_ID) : null;
        return apartmentId == null ? Optional.empty() : Optional.ofNullable(apartmentId.s());
    }

    @Override
    public MarkPaidOutcome markPaid(Payment payment, String apartmentId) {
        try {
            dynamoDb.transactWriteItems(markPaidTransaction(payment, apartmentId));
            return MarkPaidOutcome.COMMITTED;
        } catch (TransactionCanceledException e) {
            return outcomeOf(e);
        } catch (SdkException e) {
            throw new StoreUnavailableException("payment transaction for " + payment.getEventId() + " failed", e);
        }
    }

    @Override
    public RecordOutcome recordRejected(Payment payment) {
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(paymentsTable)
                    .item(PaymentSchema.TABLE.itemToMap(payment, true))
                    .conditionExpression(PAYMENT_IS_NEW)
                    .expressionAttributeNames(Map.of("#eventId", Attributes.EVENT_ID))
                    .build());
            return RecordOutcome.RECORDED;
        } catch (ConditionalCheckFailedException e) {
            return RecordOutcome.DUPLICATE;
        } catch (SdkException e) {
            throw new StoreUnavailableException("recording rejected payment " + payment.getEventId() + " failed", e);
        }
    }

    TransactWriteItemsRequest markPaidTransaction(Payment payment, String apartmentId) {
        String now = payment.getReceivedAt();
        Put recordPayment = Put.builder()
                .tableName(paymentsTable)
                .item(PaymentSchema.TABLE.itemToMap(payment, true))
                .conditionExpression(PAYMENT_IS_NEW)
                .expressionAttributeNames(Map.of("#eventId", Attributes.EVENT_ID))
                .build();
        Update payApartment = Update.builder()
                .tableName(apartmentsTable)
                .key(Map.of(Attributes.ID, text(apartmentId)))
                .conditionExpression("#status = :reserved AND #bookingId = :bookingId")
                .updateExpression("SET #status = :paid, #updatedAt = :now ADD #version :one")
                .expressionAttributeNames(Map.of("#status", Attributes.STATUS, "#bookingId", Attributes.BOOKING_ID,
                        "#updatedAt", Attributes.UPDATED_AT, "#version", Attributes.VERSION))
                .expressionAttributeValues(Map.of(
                        ":reserved", text(ApartmentStatus.RESERVED.name()),
                        ":bookingId", text(payment.getBookingId()),
                        ":paid", text(ApartmentStatus.PAID.name()),
                        ":now", text(now),
                        ":one", AttributeValue.fromN("1")))
                .build();
        // REQUESTED too: a payment may land before the workflow has marked the booking RESERVED
        // (DESIGN §4); the apartment's condition is what proves the hold.
        Update payBooking = Update.builder()
                .tableName(bookingsTable)
                .key(Map.of(Attributes.ID, text(payment.getBookingId())))
                .conditionExpression("#status IN (:requested, :reserved)")
                .updateExpression("SET #status = :paid, #paidAt = :now, #updatedAt = :now")
                .expressionAttributeNames(Map.of("#status", Attributes.STATUS, "#paidAt", Attributes.PAID_AT,
                        "#updatedAt", Attributes.UPDATED_AT))
                .expressionAttributeValues(Map.of(
                        ":requested", text(BookingStatus.REQUESTED.name()),
                        ":reserved", text(BookingStatus.RESERVED.name()),
                        ":paid", text(BookingStatus.PAID.name()),
                        ":now", text(now)))
                .build();
        return TransactWriteItemsRequest.builder()
                .transactItems(
                        TransactWriteItem.builder().put(recordPayment).build(),
                        TransactWriteItem.builder().update(payApartment).build(),
                        TransactWriteItem.builder().update(payBooking).build())
                .clientRequestToken(requestToken(payment))
                .build();
    }

    /**
     * The idempotency record's condition is decisive: once it failed, the event is a duplicate
     * whatever else failed. Otherwise only failed apartment or booking conditions mean "not held";
     * any other code (TransactionConflict, ThrottlingError, ...) is transient and, the transaction
     * being atomic, wrote nothing.
     */
    static MarkPaidOutcome outcomeOf(TransactionCanceledException cancelled) {
        List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
        if (codeAt(reasons, PAYMENT_ITEM).equals(CONDITIONAL_CHECK_FAILED)) {
            return MarkPaidOutcome.DUPLICATE;
        }
        for (int index = 0; index < reasons.size(); index++) {
            String code = codeAt(reasons, index);
            if (!code.equals(NO_FAILURE) && !code.equals(CONDITIONAL_CHECK_FAILED)) {
                throw new StoreUnavailableException("payment transaction cancelled: " + code, cancelled);
            }
        }
        if (codeAt(reasons, APARTMENT_ITEM).equals(CONDITIONAL_CHECK_FAILED)
                || codeAt(reasons, BOOKING_ITEM).equals(CONDITIONAL_CHECK_FAILED)) {
            return MarkPaidOutcome.NOT_HELD;
        }
        throw new StoreUnavailableException("payment transaction cancelled without a reason", cancelled);
    }

    private static String codeAt(List<CancellationReason> reasons, int index) {
        String code = index < reasons.size() ? reasons.get(index).code() : null;
        return code == null ? NO_FAILURE : code;
    }

    /**
     * Makes the SDK's own retries of this request idempotent (a retry after a lost reply must not
     * turn into DUPLICATE), while a provider's redelivery, received at another instant, is a new
     * request that the idempotency record catches. Tokens are at most 36 characters: a name-based UUID.
     */
    private static String requestToken(Payment payment) {
        String name = payment.getEventId() + "|" + payment.getReceivedAt();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static AttributeValue text(String value) {
        return AttributeValue.fromS(value);
    }
}
