package com.apartmentbooking.local.dynamodb.shape;

/**
 * Whether a text of a length divisible by 4 is base64 as AWS's framework accepts it: the standard alphabet, at
 * most two '=' only at the end, and no set bits left over in the last character before the padding (so that every
 * value has exactly one text).
 */
final class Base64Text {

    private Base64Text() {
    }

    static boolean isCanonical(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        int padding = text.charAt(length - 1) != '=' ? 0 : text.charAt(length - 2) != '=' ? 1 : 2;
        int dataEnd = length - padding;
        for (int i = 0; i < dataEnd; i++) {
            if (sextet(text.charAt(i)) < 0) {
                return false;
            }
        }
        if (padding == 0) {
            return true;
        }
        // Two padding characters leave 4 unused bits in the last data character, one leaves 2.
        int unusedBits = padding == 2 ? 0b1111 : 0b11;
        return (sextet(text.charAt(dataEnd - 1)) & unusedBits) == 0;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }
}
