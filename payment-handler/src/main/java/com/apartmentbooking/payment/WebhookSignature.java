package com.apartmentbooking.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the {@code Payment-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + raw body)>}. Unknown keys are ignored and several {@code v1} values are allowed, so the
 * provider can add schemes or sign with an old and a new secret while rotating. A signature is valid when any
 * of the {@link WebhookSecrets}' keys made it: the current secret's, or during a rotation the previous or pending
 * one's; one that none made is checked once more against the keys read again, so a rotation takes effect at once.
 */
public final class WebhookSignature {

    /** A replayed request older (or newer) than this is refused even when correctly signed. */
    public static final long TOLERANCE_SECONDS = 300;

    /** What the check concluded; everything but {@link #VALID} is answered with 401. */
    public enum Verdict {
        VALID("signature valid"),
        MISSING("missing Payment-Signature header"),
        MALFORMED("malformed Payment-Signature header"),
        MISMATCH("signature does not match"),
        STALE("signature timestamp outside the " + TOLERANCE_SECONDS + " s tolerance");

        private final String description;

        Verdict(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final WebhookSecrets secrets;
    private final Clock clock;

    public WebhookSignature(WebhookSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    public Verdict verify(String header, byte[] rawBody) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        SignatureHeader parsed = SignatureHeader.parse(header);
        if (parsed == null) {
            return Verdict.MALFORMED;
        }
        boolean matches = matchesAny(secrets.keys(), parsed, rawBody)
                || secrets.refreshAfterMismatch() && matchesAny(secrets.keys(), parsed, rawBody);
        if (!matches) {
            return Verdict.MISMATCH;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(parsed.timestamp());
        return Math.abs(age) > TOLERANCE_SECONDS ? Verdict.STALE : Verdict.VALID;
    }

    private static boolean matchesAny(List<SecretKeySpec> keys, SignatureHeader parsed, byte[] rawBody) {
        boolean matches = false;
        for (SecretKeySpec key : keys) {
            byte[] expected = hmac(key, parsed.timestamp(), rawBody);
            for (byte[] candidate : parsed.signatures()) {
                // No early exit: every candidate is compared, each in constant time.
                matches |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return matches;
    }

    private static byte[] hmac(SecretKeySpec key, String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(WebhookSecrets.ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The header's timestamp (kept as its digits, exactly as signed) and its decoded v1 signatures. */
    private record SignatureHeader(String timestamp, List<byte[]> signatures) {

        /** Null when the header has no single numeric {@code t} or no well-formed {@code v1}. */
        static SignatureHeader parse(String header) {
            String timestamp = null;
            List<byte[]> signatures = new ArrayList<>();
            for (String part : header.split(",")) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    return null;
                }
                String name = part.substring(0, equals).trim();
                String value = part.substring(equals + 1).trim();
                if (name.equals("t")) {
                    if (timestamp != null || !value.matches("[0-9]{1,18}")) {
                        return null;
                    }
                    timestamp = value;
                } else if (name.equals("v1")) {
                    byte[] signature = decodeHex(value);
                    if (signature == null) {
                        return null;
                    }
                    signatures.add(signature);
                }
            }
            return timestamp == null || signatures.isEmpty() ? null : new SignatureHeader(timestamp, signatures);
        }

        private static byte[] decodeHex(String value) {
            try {
                return value.isEmpty() ? null : HexFormat.of().parseHex(value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
