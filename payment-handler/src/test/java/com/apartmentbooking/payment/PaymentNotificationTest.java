package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.validation.ValidationException;
import com.apartmentbooking.model.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentNotificationTest {

    private static Optional<PaymentNotification> parse(String body) {
        return PaymentNotification.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String succeeded(String amount) {
        return "{\"id\":\"evt_1\",\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":\"bk-1\",\"amount\":"
                + amount + ",\"currency\":\"EUR\"}}";
    }

    @Test
    void readsAPaymentSucceededEvent() {
        assertEquals(Optional.of(new PaymentNotification("evt_1", "bk-1", new BigDecimal("99.99"), "EUR")),
                parse(succeeded("99.99")));
    }

    /** Amounts are read from the token text, never through a double. */
    @ParameterizedTest
    @CsvSource({
        "120.50, 120.50",
        "100, 100",
        "0.1, 0.1",
        "1.5e2, 150",
        "12345678901234567.89, 12345678901234567.89",
        "0.000000000000000001, 0.000000000000000001"
    })
    void keepsTheAmountExactly(String json, String plain) {
        assertEquals(plain, parse(succeeded(json)).orElseThrow().amount().toPlainString());
    }

    @Test
    void ignoresOtherEventTypesWithoutReadingTheirData() {
        assertEquals(Optional.empty(), parse("{\"id\":\"evt_9\",\"type\":\"charge.dispute.created\",\"data\":42}"));
    }

    @Test
    void listsEveryProblemAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> parse("{\"data\":{\"bookingId\":\"\",\"amount\":\"5\",\"currency\":\"usd\"}}"));

        assertEquals(List.of(
                new Violation("id", "is required"),
                new Violation("type", "is required"),
                new Violation("data.bookingId", "must be 1 to 64 characters of letters, digits, '_' or '-'"),
                new Violation("data.amount", "must be a JSON number"),
                new Violation("data.currency", "must be 3 upper-case letters (ISO 4217)")), e.violations());
    }

    @Test
    void refusesAmountsWithTooManyDigits() {
        ValidationException e = assertThrows(ValidationException.class, () -> parse(succeeded("1" + "0".repeat(18))));
        assertTrue(e.getMessage().startsWith("data.amount: must have at most 18 digits"));
    }
}
