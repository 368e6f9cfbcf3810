package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code --warm-functions true} on the real template: the runtime starts an instance of every function before it
 * says it is ready, including the payment function, which reads its secret from the runtime while it initialises,
 * and a booking then runs through those instances.
 */
class WarmFunctionsTest {

    @Test
    void withWarmFunctionsTheRuntimeStartsAndABookingRunsThroughTheWarmInstances() {
        RuntimeOptions options = RuntimeOptions.defaults(LocalStack.TEMPLATE).withPort(0)
                .withParameter("PaymentWebhookSecret", LocalStack.WEBHOOK_SECRET).withWarmFunctions(true);
        LocalRuntime runtime = LocalRuntime.start(options);
        try (LocalStack stack = new LocalStack(runtime.endpoint(), runtime.template(), runtime)) {
            Bookings bookings = new Bookings(stack);
            String apartment = "warm-" + UUID.randomUUID();
            bookings.createApartment(apartment);
            String booking = bookings.requestBooking(apartment, "customer-warm", 900, "token-" + UUID.randomUUID())
                    .path("data").path("id").asText();
            bookings.awaitWaitingForPayment(booking);

            HttpResponse<String> paid = bookings.pay("evt-" + UUID.randomUUID(), booking);

            assertEquals(200, paid.statusCode(), paid.body());
            assertEquals("PAID", bookings.bookingStatus(booking));
        }
    }
}
