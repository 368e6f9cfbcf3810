package com.apartmentbooking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.items.TableSchemas;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TableSchemasTest {

    @Test
    void apartmentIsStoredUnderTheDesignsAttributeNamesAndReadBack() {
        Apartment apartment = new Apartment();
        apartment.setId("apt-1");
        apartment.setName("Harbour view");
        apartment.setStatus(ApartmentStatus.RESERVED.name());
        apartment.setBookingId("bk-1");
        apartment.setReservedUntil("2026-01-01T00:15:00Z");
        apartment.setUpdatedAt("2026-01-01T00:00:00Z");
        apartment.setVersion(3L);

        Map<String, AttributeValue> item = TableSchemas.APARTMENT.itemToMap(apartment, true);

        assertEquals(AttributeValue.fromS("apt-1"), item.get("id"));
        assertEquals(AttributeValue.fromS("RESERVED"), item.get("status"));
        assertEquals(AttributeValue.fromS("bk-1"), item.get("bookingId"));
        assertEquals(AttributeValue.fromN("3"), item.get("version"));
        assertEquals(apartment, TableSchemas.APARTMENT.mapToItem(item));
    }

    @Test
    void nullAttributesAreLeftOutOfTheItem() {
        Apartment apartment = new Apartment();
        apartment.setId("apt-2");
        apartment.setStatus(ApartmentStatus.VACANT.name());

        Map<String, AttributeValue> item = TableSchemas.APARTMENT.itemToMap(apartment, true);

        assertEquals(List.of("id", "status"), item.keySet().stream().sorted().toList());
    }

    @Test
    void bookingRoundTripsEveryField() {
        Booking booking = new Booking();
        booking.setId("bk-1");
        booking.setApartmentId("apt-1");
        booking.setCustomerId("cust-1");
        booking.setStatus(BookingStatus.REQUESTED.name());
        booking.setRequestedAt("2026-01-01T00:00:00Z");
        booking.setPaymentWindowSeconds(900);
        booking.setReservedUntil("2026-01-01T00:15:00Z");
        booking.setPaidAt("2026-01-01T00:05:00Z");
        booking.setExecutionArn("arn:aws:states:us-east-1:123456789012:execution:booking:x");
        booking.setClientToken("token-1");
        booking.setReason("EVENT_PUBLISH_FAILED");
        booking.setUpdatedAt("2026-01-01T00:00:01Z");

        Map<String, AttributeValue> item = TableSchemas.BOOKING.itemToMap(booking, true);

        assertEquals(12, item.size());
        assertEquals(AttributeValue.fromN("900"), item.get("paymentWindowSeconds"));
        assertEquals(booking, TableSchemas.BOOKING.mapToItem(item));
    }

    @Test
    void paymentKeepsTheAmountAsTextAndNoExpiry() {
        Payment payment = new Payment();
        payment.setEventId("evt-1");
        payment.setBookingId("bk-1");
        payment.setOutcome(PaymentOutcome.ACCEPTED.name());
        payment.setAmount("120.50");
        payment.setCurrency("EUR");
        payment.setReceivedAt("2026-01-01T00:05:00Z");

        Map<String, AttributeValue> item = TableSchemas.PAYMENT.itemToMap(payment, true);

        assertEquals(AttributeValue.fromS("120.50"), item.get("amount"));
        assertEquals(Set.of("eventId", "bookingId", "outcome", "amount", "currency", "receivedAt"), item.keySet());
        assertEquals(payment, TableSchemas.PAYMENT.mapToItem(item));
    }

    @Test
    void keysMatchTheTablesOfTheDesign() {
        assertEquals("id", TableSchemas.APARTMENT.tableMetadata().primaryPartitionKey());
        assertEquals("id", TableSchemas.BOOKING.tableMetadata().primaryPartitionKey());
        assertEquals("eventId", TableSchemas.PAYMENT.tableMetadata().primaryPartitionKey());
        assertFalse(TableSchemas.BOOKING.tableMetadata().primarySortKey().isPresent());
    }

    @Test
    void apartmentsCanBeListedByStatusThroughTheIndex() {
        TableMetadata metadata = TableSchemas.APARTMENT.tableMetadata();
        assertEquals("status", metadata.indexPartitionKey(TableSchemas.APARTMENTS_BY_STATUS_INDEX));
        assertEquals("id", metadata.indexSortKey(TableSchemas.APARTMENTS_BY_STATUS_INDEX).orElseThrow());
    }
}
