package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.items.TableSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPageIterable;
import software.amazon.awssdk.enhanced.dynamodb.model.CreateTableEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactUpdateItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The enhanced client with the project's own static schemas (model: Apartment, Booking, Payment) against the local DynamoDB. */
class EnhancedClientSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static DynamoDbEnhancedClient enhanced;
    static DynamoDbTable<Apartment> apartments;
    static DynamoDbTable<Booking> bookings;
    static DynamoDbTable<Payment> payments;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        enhanced = runtime.enhanced();
        apartments = enhanced.table(tableName("Apartments"), TableSchemas.APARTMENT);
        bookings = enhanced.table(tableName("Bookings"), TableSchemas.BOOKING);
        payments = enhanced.table(tableName("Payments"), TableSchemas.PAYMENT);
        apartments.createTable(CreateTableEnhancedRequest.builder()
                .globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                        .indexName(TableSchemas.APARTMENTS_BY_STATUS_INDEX)
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build())
                .build());
        bookings.createTable();
        payments.createTable();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    static Apartment apartment(String id, ApartmentStatus status) {
        Apartment a = new Apartment();
        a.setId(id);
        a.setName("Apartment " + id);
        a.setStatus(status.name());
        a.setUpdatedAt("2026-11-25T10:00:00Z");
        a.setVersion(1L);
        return a;
    }

    @Test
    void createdTablesHaveTheSchemasKeysAndIndex() {
        var described = ddb.describeTable(r -> r.tableName(apartments.tableName())).table();
        assertEquals("id", described.keySchema().get(0).attributeName());
        var gsi = described.globalSecondaryIndexes().get(0);
        assertEquals(TableSchemas.APARTMENTS_BY_STATUS_INDEX, gsi.indexName());
        assertEquals(List.of(Attributes.STATUS, Attributes.ID), gsi.keySchema().stream().map(k -> k.attributeName()).toList());
    }

    @Test
    void putAndGetEachItemType() {
        Apartment a = apartment("apt-put", ApartmentStatus.VACANT);
        apartments.putItem(a);
        assertEquals(a, apartments.getItem(Key.builder().partitionValue("apt-put").build()));

        Booking b = new Booking();
        b.setId("bk-1");
        b.setApartmentId("apt-put");
        b.setCustomerId("cust-1");
        b.setStatus(BookingStatus.REQUESTED.name());
        b.setRequestedAt("2026-11-25T10:00:00Z");
        b.setPaymentWindowSeconds(900);
        b.setClientToken("tok");
        bookings.putItem(b);
        assertEquals(b, bookings.getItem(r -> r.key(k -> k.partitionValue("bk-1")).consistentRead(true)));

        Payment p = new Payment();
        p.setEventId("evt-1");
        p.setBookingId("bk-1");
        p.setOutcome("ACCEPTED");
        p.setAmount("120.50");
        p.setCurrency("EUR");
        p.setReceivedAt("2026-11-25T10:01:00Z");
        payments.putItem(p);
        assertEquals(p, payments.getItem(Key.builder().partitionValue("evt-1").build()));
        assertNull(payments.getItem(Key.builder().partitionValue("evt-missing").build()));
    }

    @Test
    void updateItemIgnoringNullsAndWithNulls() {
        apartments.putItem(apartment("apt-upd", ApartmentStatus.VACANT));
        Apartment partial = new Apartment();
        partial.setId("apt-upd");
        partial.setStatus(ApartmentStatus.RESERVED.name());
        partial.setBookingId("bk-9");
        Apartment merged = apartments.updateItem(UpdateItemEnhancedRequest.builder(Apartment.class).item(partial).ignoreNulls(true).build());
        assertEquals("Apartment apt-upd", merged.getName());
        assertEquals(ApartmentStatus.RESERVED.name(), merged.getStatus());
        assertEquals("bk-9", merged.getBookingId());

        // Without ignoreNulls, null attributes are REMOVEd.
        Apartment replaced = apartments.updateItem(partial);
        assertNull(replaced.getName());
        assertNull(replaced.getVersion());
        assertEquals("bk-9", replaced.getBookingId());
    }

    @Test
    void conditionalUpdateOnVersionLikeTheWorkflow() {
        apartments.putItem(apartment("apt-cond", ApartmentStatus.VACANT));
        Expression vacantAtVersion1 = Expression.builder()
                .expression("#status = :vacant AND #version = :v")
                .expressionNames(Map.of("#status", Attributes.STATUS, "#version", Attributes.VERSION))
                .expressionValues(Map.of(":vacant", AttributeValue.fromS("VACANT"), ":v", AttributeValue.fromN("1")))
                .build();
        Apartment reserved = apartment("apt-cond", ApartmentStatus.RESERVED);
        reserved.setVersion(2L);
        apartments.putItem(PutItemEnhancedRequest.builder(Apartment.class).item(reserved).conditionExpression(vacantAtVersion1).build());
        assertEquals(2L, apartments.getItem(Key.builder().partitionValue("apt-cond").build()).getVersion());

        Apartment again = apartment("apt-cond", ApartmentStatus.RESERVED);
        again.setVersion(3L);
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class,
                () -> apartments.updateItem(UpdateItemEnhancedRequest.builder(Apartment.class).item(again)
                        .conditionExpression(vacantAtVersion1).build()));
        assertEquals("The conditional request failed", e.awsErrorDetails().errorMessage());
        assertEquals(2L, apartments.getItem(Key.builder().partitionValue("apt-cond").build()).getVersion());
    }

    @Test
    void queryByStatusIndexPagesInIdOrder() {
        String prefix = "apt-q-";
        for (int i = 0; i < 12; i++) {
            apartments.putItem(apartment(prefix + String.format("%02d", i), i % 3 == 0 ? ApartmentStatus.PAID : ApartmentStatus.VACANT));
        }
        DynamoDbIndex<Apartment> byStatus = apartments.index(TableSchemas.APARTMENTS_BY_STATUS_INDEX);
        List<String> paidIds = new ArrayList<>();
        int pages = 0;
        for (Page<Apartment> page : byStatus.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(ApartmentStatus.PAID.name())))
                .limit(2).build())) {
            page.items().forEach(a -> paidIds.add(a.getId()));
            pages++;
        }
        List<String> expected = List.of(prefix + "00", prefix + "03", prefix + "06", prefix + "09");
        assertEquals(expected, paidIds.stream().filter(id -> id.startsWith(prefix)).toList());
        assertTrue(pages >= 2);

        List<String> between = byStatus.query(QueryConditional.sortBetween(
                        k -> k.partitionValue("VACANT").sortValue(prefix + "04"),
                        k -> k.partitionValue("VACANT").sortValue(prefix + "08")))
                .stream().flatMap(p -> p.items().stream()).map(Apartment::getId).toList();
        assertEquals(List.of(prefix + "04", prefix + "05", prefix + "07", prefix + "08"), between);

        // The index follows status changes: moving an apartment moves it between partitions.
        Apartment moved = apartments.getItem(Key.builder().partitionValue(prefix + "00").build());
        moved.setStatus(ApartmentStatus.VACANT.name());
        apartments.putItem(moved);
        List<String> paidAfter = byStatus.query(QueryConditional.keyEqualTo(k -> k.partitionValue("PAID")))
                .stream().flatMap(p -> p.items().stream()).map(Apartment::getId).filter(id -> id.startsWith(prefix)).toList();
        assertEquals(List.of(prefix + "03", prefix + "06", prefix + "09"), paidAfter);
    }

    @Test
    void batchWriteAndBatchGetAcrossTables() {
        WriteBatch apartmentWrites = WriteBatch.builder(Apartment.class).mappedTableResource(apartments)
                .addPutItem(apartment("apt-b1", ApartmentStatus.VACANT))
                .addPutItem(apartment("apt-b2", ApartmentStatus.VACANT)).build();
        Booking b = new Booking();
        b.setId("bk-b1");
        b.setStatus("REQUESTED");
        WriteBatch bookingWrites = WriteBatch.builder(Booking.class).mappedTableResource(bookings).addPutItem(b).build();
        var result = enhanced.batchWriteItem(r -> r.writeBatches(apartmentWrites, bookingWrites));
        assertTrue(result.unprocessedPutItemsForTable(apartments).isEmpty());

        BatchGetResultPageIterable pages = enhanced.batchGetItem(r -> r.readBatches(
                ReadBatch.builder(Apartment.class).mappedTableResource(apartments)
                        .addGetItem(Key.builder().partitionValue("apt-b1").build())
                        .addGetItem(Key.builder().partitionValue("apt-b2").build()).build(),
                ReadBatch.builder(Booking.class).mappedTableResource(bookings)
                        .addGetItem(Key.builder().partitionValue("bk-b1").build()).build()));
        List<String> ids = new ArrayList<>();
        pages.resultsForTable(apartments).forEach(a -> ids.add(a.getId()));
        pages.resultsForTable(bookings).forEach(x -> ids.add(x.getId()));
        ids.sort(null);
        assertEquals(List.of("apt-b1", "apt-b2", "bk-b1"), ids);
    }

    @Test
    void transactionLikeThePaymentHandler() {
        Apartment held = apartment("apt-tx", ApartmentStatus.RESERVED);
        held.setBookingId("bk-tx");
        apartments.putItem(held);
        Booking booking = new Booking();
        booking.setId("bk-tx");
        booking.setApartmentId("apt-tx");
        booking.setStatus(BookingStatus.RESERVED.name());
        bookings.putItem(booking);
        Payment payment = new Payment();
        payment.setEventId("evt-tx");
        payment.setBookingId("bk-tx");
        payment.setOutcome("ACCEPTED");

        Expression paymentIsNew = Expression.builder().expression("attribute_not_exists(#eventId)")
                .expressionNames(Map.of("#eventId", Attributes.EVENT_ID)).build();
        Expression stillHeld = Expression.builder().expression("#status = :reserved AND #bookingId = :bookingId")
                .expressionNames(Map.of("#status", Attributes.STATUS, "#bookingId", Attributes.BOOKING_ID))
                .expressionValues(Map.of(":reserved", AttributeValue.fromS("RESERVED"), ":bookingId", AttributeValue.fromS("bk-tx")))
                .build();
        Apartment paid = apartment("apt-tx", ApartmentStatus.PAID);
        paid.setBookingId("bk-tx");
        paid.setVersion(2L);
        Booking paidBooking = new Booking();
        paidBooking.setId("bk-tx");
        paidBooking.setStatus(BookingStatus.PAID.name());

        Runnable markPaid = () -> enhanced.transactWriteItems(r -> r
                .addPutItem(payments, PutItemEnhancedRequest.builder(Payment.class).item(payment).conditionExpression(paymentIsNew).build())
                .addUpdateItem(apartments, TransactUpdateItemEnhancedRequest.builder(Apartment.class).item(paid)
                        .conditionExpression(stillHeld).build())
                .addUpdateItem(bookings, TransactUpdateItemEnhancedRequest.builder(Booking.class).item(paidBooking).ignoreNulls(true).build()));
        markPaid.run();
        assertEquals("PAID", apartments.getItem(Key.builder().partitionValue("apt-tx").build()).getStatus());
        Booking afterBooking = bookings.getItem(Key.builder().partitionValue("bk-tx").build());
        assertEquals("PAID", afterBooking.getStatus());
        assertEquals("apt-tx", afterBooking.getApartmentId(), "ignoreNulls keeps the other attributes");
        assertEquals(payment, payments.getItem(Key.builder().partitionValue("evt-tx").build()));

        // The same event again is a duplicate: the payment's own condition fails, in the first position.
        TransactionCanceledException duplicate = assertThrows(TransactionCanceledException.class, markPaid::run);
        assertEquals("ConditionalCheckFailed", duplicate.cancellationReasons().get(0).code());
        assertEquals("ConditionalCheckFailed", duplicate.cancellationReasons().get(1).code());
        assertEquals("None", duplicate.cancellationReasons().get(2).code());
    }

    @Test
    void deleteAndScan() {
        payments.putItem(r -> r.item(payment("evt-d1")));
        payments.putItem(r -> r.item(payment("evt-d2")));
        Payment deleted = payments.deleteItem(Key.builder().partitionValue("evt-d1").build());
        assertEquals("evt-d1", deleted.getEventId());
        List<String> ids = payments.scan().items().stream().map(Payment::getEventId).filter(id -> id.startsWith("evt-d")).toList();
        assertEquals(List.of("evt-d2"), ids);
    }

    private static Payment payment(String id) {
        Payment p = new Payment();
        p.setEventId(id);
        p.setBookingId("bk");
        p.setOutcome("REJECTED");
        return p;
    }
}
