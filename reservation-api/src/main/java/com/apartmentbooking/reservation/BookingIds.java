package com.apartmentbooking.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Booking ids. A derived id is 32 hex digits and a random one is a dashed UUID, so the two kinds
 * never collide; both are valid ids under the shared input rules.
 */
public final class BookingIds {
    private static final int DERIVED_ID_HEX_DIGITS = 32;

    /**
     * The same customer and token always give the same id, which makes a retried request hit the
     * booking it already created. ':' cannot occur in an id, so distinct pairs never hash the same text.
     */
    public static String forClientToken(String customerId, String clientToken) {
        byte[] digest = sha256().digest((customerId + ":" + clientToken).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, DERIVED_ID_HEX_DIGITS);
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private BookingIds() {
    }
}
