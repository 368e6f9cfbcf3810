package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;

/**
 * The part of a table (or index) one parallel scan segment reads: DynamoDB splits the partition hash space into 4096
 * slices, and segment {@code s} of {@code n} takes the slices from {@code ceil(4096 s / n)} up to, not including,
 * {@code ceil(4096 (s + 1) / n)}. So the segments cover every item exactly once, each a contiguous run of the Scan
 * order, and with more than 4096 segments some are empty.
 */
record ScanSegment(int firstSlice, int endSlice) {

    private static final ScanSegment WHOLE = new ScanSegment(0, KeyHash.SEGMENT_SLICES);

    /** The segment of a (validated) request; the whole hash space when it names none. */
    static ScanSegment of(Integer segment, Integer totalSegments) {
        if (segment == null || totalSegments == null) {
            return WHOLE;
        }
        return new ScanSegment(sliceBound(segment, totalSegments), sliceBound(segment + 1, totalSegments));
    }

    private static int sliceBound(long segment, long totalSegments) {
        return (int) ((KeyHash.SEGMENT_SLICES * segment + totalSegments - 1) / totalSegments);
    }

    /** The bound before the segment's first key. */
    ItemKey first() {
        return ItemKey.hashStart(firstSlice << (KeyHash.BITS - KeyHash.SLICE_BITS));
    }

    boolean contains(ItemKey key) {
        return containsSlice(KeyHash.slice(key.hashOrder()));
    }

    /** Whether the items of partition {@code hash} lie in this segment. */
    boolean containsHash(AttributeValue hash) {
        return containsSlice(KeyHash.slice(KeyHash.of(hash)));
    }

    private boolean containsSlice(int slice) {
        return slice >= firstSlice && slice < endSlice;
    }
}
