package com.apartmentbooking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.events.PaymentAccepted;
import com.apartmentbooking.model.events.PaymentConflict;
import com.apartmentbooking.model.events.PaymentRejected;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EventsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void bookingRequestedCarriesTheDetailTheWorkflowReads() throws Exception {
        BookingRequested event = new BookingRequested("bk-1", "apt-1", "cust-1", "2026-01-01T00:00:00Z", 900);

        assertEquals("booking.reservation", event.source());
        assertEquals("BookingRequested", event.detailType());
        assertEquals(json.readTree("""
                {"bookingId":"bk-1","apartmentId":"apt-1","customerId":"cust-1",
                 "requestedAt":"2026-01-01T00:00:00Z","paymentWindowSeconds":900}"""),
                json.readTree(event.detailJson()));
        assertEquals(event, BookingRequested.fromDetail(json.readTree(event.detailJson())));
    }

    @Test
    void paymentEventsKeepTheExactAmount() throws Exception {
        PaymentAccepted accepted = new PaymentAccepted("evt-1", "bk-1", "apt-1", new BigDecimal("120.10"), "EUR",
                "2026-01-01T00:05:00Z");
        PaymentRejected rejected = new PaymentRejected("evt-2", "bk-9", new BigDecimal("0.30"), "USD",
                PaymentRejected.Reason.BOOKING_NOT_FOUND, "2026-01-01T00:05:00Z");

        assertEquals("booking.payment", accepted.source());
        assertEquals("PaymentAccepted", accepted.detailType());
        assertEquals(accepted, PaymentAccepted.fromDetail(json.readTree(accepted.detailJson())));
        assertEquals("PaymentRejected", rejected.detailType());
        assertEquals("BOOKING_NOT_FOUND", json.readTree(rejected.detailJson()).get("reason").textValue());
        assertEquals(rejected, PaymentRejected.fromDetail(json.readTree(rejected.detailJson())));
    }

    @Test
    void paymentConflictCarriesWhatWasSentAndWhatIsRecorded() throws Exception {
        PaymentConflict conflict = new PaymentConflict("evt-1", "bk-2", new BigDecimal("99.00"), "EUR",
                "bk-1", new BigDecimal("120.50"), "EUR", "2026-01-01T00:06:00Z");

        assertEquals("booking.payment", conflict.source());
        assertEquals("PaymentConflict", conflict.detailType());
        assertEquals(json.readTree("""
                {"paymentId":"evt-1","bookingId":"bk-2","amount":"99.00","currency":"EUR",
                 "recordedBookingId":"bk-1","recordedAmount":"120.50","recordedCurrency":"EUR",
                 "receivedAt":"2026-01-01T00:06:00Z"}"""), json.readTree(conflict.detailJson()));
        assertEquals(conflict, PaymentConflict.fromDetail(json.readTree(conflict.detailJson())));
    }

    @Test
    void aDetailMissingAFieldNamesIt() throws Exception {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BookingRequested.fromDetail(json.readTree("{\"bookingId\":\"bk-1\"}")));
        assertEquals("detail.apartmentId must be a string", error.getMessage());
    }
}
