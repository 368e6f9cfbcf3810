package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.payment.WebhookSignature.Verdict;
import com.apartmentbooking.payment.port.SecretUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signature check across a rotation of the secret: cached keys, both secrets meanwhile, refresh on a mismatch. */
class WebhookRotationTest {

    private static final String OLD = "old-webhook-secret-0001";
    private static final String NEW = "new-webhook-secret-0002";
    private static final String BODY = "{\"id\":\"evt_1\"}";

    private final MovingClock clock = new MovingClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final RotatingSecretSource source = new RotatingSecretSource(OLD);
    private final WebhookSignature signature = new WebhookSignature(new WebhookSecrets(source, clock), clock);

    private Verdict verifySignedWith(String secret) {
        return signature.verify(WebhookSigner.header(secret, clock.instant().getEpochSecond(), BODY),
                BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSecretIsReadOnceAtInitAndNotPerRequest() {
        assertEquals(1, source.reads());
        for (int i = 0; i < 5; i++) {
            assertEquals(Verdict.VALID, verifySignedWith(OLD));
        }
        assertEquals(1, source.reads());
    }

    @Test
    void aNewSecretVerifiesAtOnceAndTheOldOneStillVerifiesDuringTheRotation() {
        source.rotateTo(NEW);

        assertEquals(Verdict.VALID, verifySignedWith(NEW), "a mismatch reads the secret again");
        assertEquals(2, source.reads());
        assertEquals(Verdict.VALID, verifySignedWith(OLD), "AWSPREVIOUS verifies while the provider moves over");
        assertEquals(Verdict.VALID, verifySignedWith(NEW));
        assertEquals(2, source.reads());
    }

    @Test
    void aRotationReachesTheCacheAfterItsMaximumAgeWithoutAnyMismatch() {
        source.rotateTo(NEW);
        clock.advance(WebhookSecrets.MAX_AGE);
        assertEquals(Verdict.VALID, verifySignedWith(OLD));
        assertEquals(2, source.reads());
    }

    @Test
    void forgedSignaturesReadTheSecretAtMostOncePerInterval() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Verdict.MISMATCH, verifySignedWith("forged-secret-000000"));
        }
        assertEquals(2, source.reads());
        clock.advance(WebhookSecrets.MIN_REFRESH_INTERVAL);
        assertEquals(Verdict.MISMATCH, verifySignedWith("forged-secret-000000"));
        assertEquals(3, source.reads());
    }

    @Test
    void aRotationRightAfterAForgedSignatureVerifiesOnceTheIntervalHasPassed() {
        assertEquals(Verdict.MISMATCH, verifySignedWith("forged-secret-000000"));
        source.rotateTo(NEW);
        assertEquals(Verdict.MISMATCH, verifySignedWith(NEW));
        clock.advance(WebhookSecrets.MIN_REFRESH_INTERVAL);
        assertEquals(Verdict.VALID, verifySignedWith(NEW));
    }

    @Test
    void anUnreadableSecretKeepsTheKeysInHandUntilAMismatchNeedsNewOnes() {
        source.unreadable(true);
        clock.advance(WebhookSecrets.MAX_AGE);
        assertEquals(Verdict.VALID, verifySignedWith(OLD), "the keys read before stay in use");
        assertThrows(SecretUnavailableException.class, () -> verifySignedWith(NEW),
                "a signature that may be a rotation's cannot be refused for good while the secret is unreadable");
    }

    @Test
    void aFunctionThatCannotReadItsSecretFailsItsInit() {
        source.unreadable(true);
        assertThrows(SecretUnavailableException.class, () -> new WebhookSecrets(source, clock));
    }
}
