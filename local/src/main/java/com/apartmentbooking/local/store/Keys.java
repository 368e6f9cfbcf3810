package com.apartmentbooking.local.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of keys in every map, and helpers to build keys and range bounds.
 *
 * <p>Keys compare as unsigned bytes, lexicographically. That is DynamoDB's order for binary sort keys, and
 * for UTF-8 strings it equals DynamoDB's string order (UTF-8 byte order is code point order).
 */
public final class Keys {

    /** Unsigned lexicographic order of byte arrays; a proper prefix sorts first. */
    public static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

    private Keys() {
    }

    public static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    public static String string(byte[] key) {
        return new String(key, StandardCharsets.UTF_8);
    }

    /**
     * The smallest key greater than {@code key}: as an inclusive lower bound it means "after key", which is
     * how a scan resumes from an exclusive start key.
     */
    public static byte[] successor(byte[] key) {
        return Arrays.copyOf(key, key.length + 1);
    }

    /**
     * The smallest key greater than every key starting with {@code prefix}, as an exclusive upper bound for a
     * prefix scan; {@code null} (unbounded) when the prefix is all 0xFF bytes or empty.
     */
    public static byte[] prefixEnd(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return null;
    }
}
