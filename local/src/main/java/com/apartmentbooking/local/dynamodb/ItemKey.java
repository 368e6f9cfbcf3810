package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * The primary key of one item (the range value is null for hash-only tables), ordered the way DynamoDB stores items:
 * partitions by the hash of their partition key ({@link KeyHash}; equal hashes by key value), the items of a partition
 * by sort key (strings by their UTF-8 bytes, numbers by value, binaries by unsigned bytes). So a Scan reads in
 * DynamoDB's order, a parallel scan segment is a contiguous run, and a Query reads one contiguous partition.
 *
 * <p>Besides real keys there are bounds for seeking: the first position of a hash value ({@link #hashStart}) and the
 * position after every item of a partition ({@link #partitionEnd}).
 */
public final class ItemKey implements Comparable<ItemKey> {

    /** Orders scalar key values of the same type; nulls (a bound, or no range key) first. */
    private static final Comparator<AttributeValue> SCALAR_ORDER =
            Comparator.nullsFirst(ItemKey::compareScalars);

    private final AttributeValue hash;
    private final AttributeValue range;
    private final int hashOrder;
    /** True for the bound after every sort key of the partition. */
    private final boolean partitionEnd;
    /**
     * The hash of the whole key plus one, computed when first asked (only index order needs it); 0 until then. One
     * field, so a reader racing the first computation sees 0 or the value, never half of it.
     */
    private int keyHashPlusOne;

    public ItemKey(AttributeValue hash, AttributeValue range) {
        this(Objects.requireNonNull(hash, "hash"), range, KeyHash.of(hash), false);
    }

    private ItemKey(AttributeValue hash, AttributeValue range, int hashOrder, boolean partitionEnd) {
        this.hash = hash;
        this.range = range;
        this.hashOrder = hashOrder;
        this.partitionEnd = partitionEnd;
    }

    /** The bound before every key whose partition hash is at least {@code hashOrder}. */
    static ItemKey hashStart(int hashOrder) {
        return new ItemKey(null, null, hashOrder, false);
    }

    /** The bound after every key of the partition {@code hash}. */
    static ItemKey partitionEnd(AttributeValue hash) {
        return new ItemKey(hash, null, KeyHash.of(hash), true);
    }

    public AttributeValue hash() {
        return hash;
    }

    public AttributeValue range() {
        return range;
    }

    /** The hash that places the partition in a Scan: 0 .. 2^24 - 1. */
    int hashOrder() {
        return hashOrder;
    }

    /** The hash of partition and sort key together, which orders items whose index keys are equal. */
    int keyHash() {
        int known = keyHashPlusOne;
        if (known == 0) {
            known = KeyHash.of(hash, range) + 1;
            keyHashPlusOne = known;
        }
        return known - 1;
    }

    @Override
    public int compareTo(ItemKey other) {
        int byHashOrder = Integer.compare(hashOrder, other.hashOrder);
        if (byHashOrder != 0) {
            return byHashOrder;
        }
        int byHash = SCALAR_ORDER.compare(hash, other.hash);
        if (byHash != 0) {
            return byHash;
        }
        if (partitionEnd != other.partitionEnd) {
            return partitionEnd ? 1 : -1;
        }
        return SCALAR_ORDER.compare(range, other.range);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemKey key && hashOrder == key.hashOrder && partitionEnd == key.partitionEnd && Objects.equals(hash, key.hash)
                && Objects.equals(range, key.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hash, range, partitionEnd);
    }

    @Override
    public String toString() {
        return "ItemKey[hash=" + hash + ", range=" + (partitionEnd ? "<end>" : range) + "]";
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
