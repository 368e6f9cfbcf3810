package com.apartmentbooking.local.sqs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Receipt handles: the message's store key and the nonce of the receive that handed it out, base64-encoded so
 * that clients treat them as opaque. The key lets DeleteMessage find the message without an index.
 */
final class ReceiptHandles {

    private static final char SEPARATOR = '\n';

    private ReceiptHandles() {
    }

    static String of(String messageKey, String nonce) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((messageKey + SEPARATOR + nonce).getBytes(StandardCharsets.UTF_8));
    }

    /** The message key in a handle, or {@code null} when it is not a handle this runtime gave out. */
    static String messageKey(String handle) {
        if (handle == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(handle), StandardCharsets.UTF_8);
            int separator = decoded.lastIndexOf(SEPARATOR);
            return separator < 0 ? null : decoded.substring(0, separator);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
