package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.payment.WebhookSignature.Verdict;
import com.apartmentbooking.payment.port.SecretUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test_secret";
    private static final long NOW = 1_748_779_200L; // 2025-06-01T12:00:00Z
    private static final String BODY = "{\"id\":\"evt_1\"}";
    /** HMAC-SHA256("whsec_test_secret", "1748779200.{\"id\":\"evt_1\"}"), computed outside Java (Python's hmac). */
    private static final String KNOWN_V1 = "3519200ab86fd99c65c994566dafb9996bb667807c1d740b9881f479afb0c3e1";

    private final WebhookSignature signature = verifierAt(NOW);

    private static WebhookSignature verifierAt(long epochSeconds) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
        return new WebhookSignature(new WebhookSecrets(() -> List.of(SECRET), clock), clock);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheKnownVector() {
        assertEquals(Verdict.VALID, signature.verify("t=" + NOW + ",v1=" + KNOWN_V1, bytes(BODY)));
    }

    @Test
    void javaxCryptoAgreesWithTheKnownVector() {
        // The handler tests sign with WebhookSigner; this pins it to the independent vector.
        assertEquals(KNOWN_V1, WebhookSigner.hmacHex(SECRET, NOW + "." + BODY));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSigner.hmacHex("Jefe", "what do ya want for nothing?"), "RFC 4231 test case 2");
    }

    @Test
    void acceptsUpperCaseHex() {
        assertEquals(Verdict.VALID, signature.verify("t=" + NOW + ",v1=" + KNOWN_V1.toUpperCase(), bytes(BODY)));
    }

    @Test
    void acceptsAnyOfSeveralV1ValuesAndIgnoresUnknownKeys() {
        String header = "t=" + NOW + ", v0=deadbeef, v1=" + "ab".repeat(32) + ", v1=" + KNOWN_V1 + ", scheme=hmac";
        assertEquals(Verdict.VALID, signature.verify(header, bytes(BODY)));
    }

    @Test
    void rejectsAChangedBody() {
        assertEquals(Verdict.MISMATCH, signature.verify("t=" + NOW + ",v1=" + KNOWN_V1, bytes("{\"id\":\"evt_2\"}")));
    }

    @Test
    void rejectsAnotherSecret() {
        String forged = WebhookSigner.header("another_secret", NOW, BODY);
        assertEquals(Verdict.MISMATCH, signature.verify(forged, bytes(BODY)));
    }

    @Test
    void rejectsAChangedTimestampBecauseItIsSigned() {
        assertEquals(Verdict.MISMATCH, signature.verify("t=" + (NOW + 1) + ",v1=" + KNOWN_V1, bytes(BODY)));
    }

    /** Shorter and longer candidates go through the same constant-time comparison and simply do not match. */
    @ParameterizedTest
    @ValueSource(strings = {"35", "3519200ab86fd99c65c994566dafb999", KNOWN_V1 + "00", KNOWN_V1 + KNOWN_V1})
    void rejectsSignaturesOfAnotherLength(String v1) {
        assertEquals(Verdict.MISMATCH, signature.verify("t=" + NOW + ",v1=" + v1, bytes(BODY)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void reportsAMissingHeader(String header) {
        assertEquals(Verdict.MISSING, signature.verify(header, bytes(BODY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "garbage",
        "v1=" + KNOWN_V1,
        "t=" + NOW,
        "t=" + NOW + ",v0=" + KNOWN_V1,
        "t=abc,v1=" + KNOWN_V1,
        "t=-5,v1=" + KNOWN_V1,
        "t=" + NOW + ",t=" + NOW + ",v1=" + KNOWN_V1,
        "t=" + NOW + ",v1=",
        "t=" + NOW + ",v1=xyz",
        "t=" + NOW + ",v1=abc",
        "t=" + NOW + ";v1=" + KNOWN_V1,
        "t=99999999999999999999,v1=" + KNOWN_V1
    })
    void reportsAGarbledHeader(String header) {
        assertEquals(Verdict.MALFORMED, signature.verify(header, bytes(BODY)));
    }

    @ParameterizedTest
    @ValueSource(longs = {301, -301, 86_400})
    void rejectsATimestampMoreThan300SecondsAway(long clockOffset) {
        assertEquals(Verdict.STALE, verifierAt(NOW + clockOffset).verify("t=" + NOW + ",v1=" + KNOWN_V1, bytes(BODY)));
    }

    @ParameterizedTest
    @ValueSource(longs = {300, -300, 0})
    void acceptsATimestampWithin300Seconds(long clockOffset) {
        assertEquals(Verdict.VALID, verifierAt(NOW + clockOffset).verify("t=" + NOW + ",v1=" + KNOWN_V1, bytes(BODY)));
    }

    @Test
    void refusesAnEmptySecret() {
        Clock clock = Clock.systemUTC();
        assertThrows(SecretUnavailableException.class, () -> new WebhookSecrets(() -> List.of(""), clock));
        assertThrows(SecretUnavailableException.class, () -> new WebhookSecrets(List::of, clock));
    }
}
