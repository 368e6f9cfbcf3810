package com.apartmentbooking.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.payment.WebhookSecrets;
import com.apartmentbooking.payment.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI signs as the provider does: the payment handler's own check accepts its header. */
class WebhookSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":\"b1\","
            .concat("\"amount\":120.50,\"currency\":\"EUR\"}}").getBytes(StandardCharsets.UTF_8);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final WebhookSignature handlerCheck =
            new WebhookSignature(new WebhookSecrets(() -> List.of("the-webhook-secret"), clock), clock);

    @Test
    void theHandlerAcceptsTheCliSignature() {
        String header = WebhookSigner.header("the-webhook-secret", NOW.getEpochSecond(), BODY);

        assertEquals(WebhookSignature.Verdict.VALID, handlerCheck.verify(header, BODY));
    }

    @Test
    void anotherSecretOrBodyDoesNotMatch() {
        String wrongSecret = WebhookSigner.header("another-secret", NOW.getEpochSecond(), BODY);
        String header = WebhookSigner.header("the-webhook-secret", NOW.getEpochSecond(), BODY);

        assertEquals(WebhookSignature.Verdict.MISMATCH, handlerCheck.verify(wrongSecret, BODY));
        assertEquals(WebhookSignature.Verdict.MISMATCH, handlerCheck.verify(header, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theHeaderIsTimestampThenHexHmac() {
        String header = WebhookSigner.header("s", 1700000000L, "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals(true, header.matches("t=1700000000,v1=[0-9a-f]{64}"), header);
    }
}
