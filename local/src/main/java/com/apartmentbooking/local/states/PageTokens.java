package com.apartmentbooking.local.states;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** nextToken values: an opaque encoding of where the next page starts; one that does not decode is InvalidToken. */
final class PageTokens {
    private PageTokens() {
    }

    static String encode(String position) {
        return position == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String token) {
        if (token == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notOurs) {
            throw StatesErrors.invalidToken(token);
        }
    }

    /** A token holding an offset into a list (GetExecutionHistory's pages). */
    static int decodeOffset(String token) {
        String position = decode(token);
        if (position == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(position);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException notOurs) {
            // Falls through to the error below.
        }
        throw StatesErrors.invalidToken(token);
    }
}
