package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The primary key of one item (the range value is null for hash-only tables), ordered the way DynamoDB orders
 * sort keys: strings by their UTF-8 bytes, numbers by value, binaries by unsigned bytes. Items of one partition
 * are therefore adjacent and in sort-key order, which is what Query reads.
 */
public record ItemKey(AttributeValue hash, AttributeValue range) implements Comparable<ItemKey> {

    /** Orders scalar key values of the same type; nulls (no range key) first. */
    private static final Comparator<AttributeValue> SCALAR_ORDER =
            Comparator.nullsFirst(ItemKey::compareScalars);

    @Override
    public int compareTo(ItemKey other) {
        int byHash = SCALAR_ORDER.compare(hash, other.hash);
        return byHash != 0 ? byHash : SCALAR_ORDER.compare(range, other.range);
    }

    private static int compareScalars(AttributeValue a, AttributeValue b) {
        int byType = Integer.compare(typeRank(a), typeRank(b));
        if (byType != 0) {
            return byType;
        }
        if (a instanceof AttributeValue.S s) {
            return Arrays.compareUnsigned(s.value().getBytes(StandardCharsets.UTF_8),
                    ((AttributeValue.S) b).value().getBytes(StandardCharsets.UTF_8));
        }
        if (a instanceof AttributeValue.N n) {
            return n.bigDecimal().compareTo(((AttributeValue.N) b).bigDecimal());
        }
        if (a instanceof AttributeValue.B bin) {
            return Arrays.compareUnsigned(bin.value(), ((AttributeValue.B) b).value());
        }
        throw new IllegalArgumentException("not a key type: " + a.type());
    }

    private static int typeRank(AttributeValue value) {
        return switch (value.type()) {
            case "S" -> 0;
            case "N" -> 1;
            case "B" -> 2;
            default -> 3;
        };
    }
}
