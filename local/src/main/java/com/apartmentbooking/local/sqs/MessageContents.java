package com.apartmentbooking.local.sqs;

/**
 * SQS's rule for the text of a message: the characters of XML 1.0 only (tab, line feed, carriage return,
 * {@code #x20-#xD7FF}, {@code #xE000-#xFFFD}, {@code #x10000-#x10FFFF}), so that every message can be answered in
 * the query protocol's XML as well as in JSON.
 */
final class MessageContents {

    private MessageContents() {
    }

    /** Refuses {@code text} with AWS's {@code InvalidMessageContents} at its first character outside the set. */
    static void check(String text, String where) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isAllowed(c)) {
                throw SqsErrors.invalidMessageContents(c, where);
            }
            i += Character.charCount(c);
        }
    }

    /** Whether a message may hold the character: whether XML 1.0 can carry it. */
    static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
