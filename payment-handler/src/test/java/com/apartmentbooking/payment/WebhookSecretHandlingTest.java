package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook's answers across a rotation of its secret, and while the secret cannot be read. */
class WebhookSecretHandlingTest {

    private static final String OLD = "old-webhook-secret-0001";
    private static final String NEW = "new-webhook-secret-0002";

    private final MovingClock clock = new MovingClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();
    private final RotatingSecretSource source = new RotatingSecretSource(OLD);
    private final FunctionUrlAcceptPaymentHandler handler =
            new FunctionUrlAcceptPaymentHandler(ledger, new RecordingEventPublisher(), source, clock);

    @BeforeEach
    void reserve() {
        Apartment apartment = new Apartment();
        apartment.setId("apt-1");
        apartment.setName("Harbour view");
        apartment.setStatus(ApartmentStatus.RESERVED.name());
        apartment.setBookingId("bk-1");
        apartment.setUpdatedAt("2025-06-01T11:55:00Z");
        apartment.setVersion(3L);
        ledger.put(apartment);
        Booking booking = new Booking();
        booking.setId("bk-1");
        booking.setApartmentId("apt-1");
        booking.setStatus(BookingStatus.RESERVED.name());
        ledger.put(booking);
    }

    private APIGatewayV2HTTPResponse deliverSignedWith(String secret) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/payment-succeeded.json");
        return handler.handleRequest(WebhookSigner.sign(event, secret, clock.instant().getEpochSecond()), null);
    }

    @Test
    void aPaymentSignedWithTheRotatedSecretIsAcceptedAtOnce() {
        clock.advance(WebhookSecrets.MIN_REFRESH_INTERVAL);
        source.rotateTo(NEW);
        APIGatewayV2HTTPResponse response = deliverSignedWith(NEW);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(ApartmentStatus.PAID.name(), ledger.apartment("apt-1").getStatus());
    }

    @Test
    void whileTheSecretCannotBeReadAnUnknownSignatureIsAnsweredRetryLaterWithoutTheSecret() {
        clock.advance(WebhookSecrets.MIN_REFRESH_INTERVAL);
        source.rotateTo(NEW);
        source.unreadable(true);
        APIGatewayV2HTTPResponse response = deliverSignedWith(NEW);
        assertEquals(503, response.getStatusCode());
        assertFalse(response.getBody().contains(NEW) || response.getBody().contains(OLD), response.getBody());
        assertEquals(ApartmentStatus.RESERVED.name(), ledger.apartment("apt-1").getStatus());
    }

    @Test
    void aForgedSignatureIsRefused() {
        clock.advance(WebhookSecrets.MIN_REFRESH_INTERVAL);
        APIGatewayV2HTTPResponse response = deliverSignedWith("forged-secret-000000");
        assertEquals(401, response.getStatusCode());
        assertEquals(ApartmentStatus.RESERVED.name(), ledger.apartment("apt-1").getStatus());
    }
}
