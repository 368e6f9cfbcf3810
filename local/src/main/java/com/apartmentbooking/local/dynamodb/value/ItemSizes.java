package com.apartmentbooking.local.dynamodb.value;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Item sizes by DynamoDB's rules: attribute names count in UTF-8 bytes; strings in UTF-8 bytes; binary in bytes;
 * a number takes one byte per pair of digits plus one (see {@link #number}); BOOL and NULL one byte; a list or map
 * three bytes plus one byte per element; a set the sum of its members. The 400 KB limit and the capacity units an
 * operation consumes are measured with this size.
 */
public final class ItemSizes {

    /** DynamoDB's maximum item size, 400 KB. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSizes() {
    }

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    public static long of(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return utf8(s.value());
        } else if (value instanceof AttributeValue.N n) {
            return number(n.value());
        } else if (value instanceof AttributeValue.B b) {
            return b.length();
        } else if (value instanceof AttributeValue.Bool || value instanceof AttributeValue.Null) {
            return 1;
        } else if (value instanceof AttributeValue.SS ss) {
            return ss.values().stream().mapToLong(ItemSizes::utf8).sum();
        } else if (value instanceof AttributeValue.NS ns) {
            return ns.values().stream().mapToLong(ItemSizes::number).sum();
        } else if (value instanceof AttributeValue.BS bs) {
            return bs.values().stream().mapToLong(ByteBuffer::remaining).sum();
        } else if (value instanceof AttributeValue.L l) {
            return 3 + l.values().stream().mapToLong(element -> 1 + of(element)).sum();
        }
        return 3 + ((AttributeValue.M) value).values().entrySet().stream()
                .mapToLong(entry -> 1 + utf8(entry.getKey()) + of(entry.getValue())).sum();
    }

    public static boolean exceedsLimit(Map<String, AttributeValue> item) {
        return of(item) > MAX_ITEM_BYTES;
    }

    /**
     * The length of {@code text} in UTF-8, counted without encoding it (every attribute name and string of every
     * written item is counted): a surrogate pair is 4 bytes, a lone surrogate 1 (the '?' the encoder writes for it).
     */
    static long utf8(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                length += 1;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /**
     * DynamoDB stores a number's significant digits in base 100, in pairs aligned on the decimal point, after one
     * byte of exponent; a negative number takes one byte more. So 12.3456 is 12|34|56 (4 bytes) and 1.2 is 01|20
     * (3 bytes): a digit pair is wasted when the digit count and the leading digit's exponent are both even.
     */
    private static long number(String canonical) {
        BigDecimal value = new BigDecimal(canonical).stripTrailingZeros();
        if (value.signum() == 0) {
            return 1;
        }
        int digits = value.precision();
        int exponent = digits - value.scale() - 1;
        boolean misaligned = digits % 2 == 0 && exponent % 2 == 0;
        return 1 + (digits + 1) / 2 + (misaligned ? 1 : 0) + (value.signum() < 0 ? 1 : 0);
    }
}
