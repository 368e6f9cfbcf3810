package com.apartmentbooking.local.appsync;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * AppSync's rules for API keys: values {@code da2-} and 26 lowercase letters and digits; an expiry of 1 to 365 days
 * ahead, 7 days by default, rounded down to the hour; deletion 60 days after expiry.
 */
final class ApiKeys {

    private static final long HOUR = Duration.ofHours(1).toSeconds();
    private static final long MINIMUM_VALIDITY = Duration.ofDays(1).toSeconds();
    private static final long MAXIMUM_VALIDITY = Duration.ofDays(365).toSeconds();
    private static final long DEFAULT_VALIDITY = Duration.ofDays(7).toSeconds();
    private static final long DELETED_AFTER_EXPIRY = Duration.ofDays(60).toSeconds();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int VALUE_LENGTH = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key value, e.g. {@code da2-4k2l0mbn5vbtbhxwyd3jqp2m7u}. */
    static String newValue() {
        StringBuilder value = new StringBuilder("da2-");
        for (int i = 0; i < VALUE_LENGTH; i++) {
            value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }

    /**
     * The expiry of a key created or updated at {@code now}: the requested one (seconds since the epoch) or the
     * default, rounded down to the hour.
     *
     * @throws AppSyncException ApiKeyValidityOutOfBoundsException when the requested one is under 1 day or over
     *     365 days ahead
     */
    static long expiry(Long requested, Instant now) {
        long seconds = now.getEpochSecond();
        if (requested == null) {
            return roundDown(seconds + DEFAULT_VALIDITY);
        }
        if (requested < seconds + MINIMUM_VALIDITY) {
            throw AppSyncErrors.validityTooShort();
        }
        if (requested > seconds + MAXIMUM_VALIDITY) {
            throw AppSyncErrors.validityTooLong();
        }
        return roundDown(requested);
    }

    /** When AppSync deletes a key that expires at {@code expires}. */
    static long deletion(long expires) {
        return expires + DELETED_AFTER_EXPIRY;
    }

    /** Whether the key still exists at {@code now}: an expired key is listed until its deletion time. */
    static boolean exists(ApiKey key, Instant now) {
        return key != null && now.getEpochSecond() < key.deletes();
    }

    private static long roundDown(long seconds) {
        return seconds - Math.floorMod(seconds, HOUR);
    }
}
