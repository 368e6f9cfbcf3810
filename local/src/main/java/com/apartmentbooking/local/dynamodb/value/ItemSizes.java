package com.apartmentbooking.local.dynamodb.value;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item sizes by DynamoDB's rules: attribute names count in UTF-8 bytes; strings in UTF-8 bytes; binary in bytes;
 * a number takes one byte per two significant digits plus one; BOOL and NULL one byte; a list or map three bytes
 * plus one byte per element; a set the sum of its members. The 400 KB limit applies to this size.
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

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long number(String canonical) {
        BigDecimal value = new BigDecimal(canonical);
        if (value.signum() == 0) {
            return 1;
        }
        int digits = value.stripTrailingZeros().precision();
        return (digits + 1) / 2 + 1;
    }
}
