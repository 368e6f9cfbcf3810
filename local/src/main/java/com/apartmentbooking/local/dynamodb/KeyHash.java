package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash DynamoDB places keys by: the MD5 of a fixed salt followed by the key's bytes (a string's UTF-8, a binary's
 * bytes, a number in DynamoDB's own encoding), of which the first 24 bits order a table's partitions in a Scan and
 * the first 12 split them into parallel scan segments. Items with equal index keys are ordered by the same hash of
 * their table key (partition then sort key bytes). The emulator suite written against real DynamoDB checks orders and
 * segments that follow from exactly this.
 */
final class KeyHash {

    /** The hash values lie in 0 .. 2^24 - 1. */
    static final int BITS = 24;
    /** Parallel scan divides the hash space in slices by its first bits: 4096 slices. */
    static final int SLICE_BITS = 12;
    static final int SEGMENT_SLICES = 1 << SLICE_BITS;

    private static final MessageDigest SALTED = salted();

    private KeyHash() {
    }

    /** The hash of a partition key value. */
    static int of(AttributeValue hash) {
        return digest(bytes(hash), new byte[0]);
    }

    /** The hash of a whole table key, sort key bytes after the partition key's; a null range adds none. */
    static int of(AttributeValue hash, AttributeValue range) {
        return digest(bytes(hash), range == null ? new byte[0] : bytes(range));
    }

    /** The slice of the parallel scan hash space a hash falls in. */
    static int slice(int hash) {
        return hash >>> (BITS - SLICE_BITS);
    }

    private static int digest(byte[] first, byte[] second) {
        MessageDigest md5 = fresh();
        md5.update(first);
        md5.update(second);
        byte[] sum = md5.digest();
        return (sum[0] & 0xFF) << 16 | (sum[1] & 0xFF) << 8 | (sum[2] & 0xFF);
    }

    private static byte[] bytes(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof AttributeValue.B b) {
            return b.value();
        }
        if (value instanceof AttributeValue.N n) {
            return numberBytes(n.bigDecimal());
        }
        throw new IllegalArgumentException("not a key type: " + value.type());
    }

    /**
     * DynamoDB's encoding of a number: one byte of base-100 exponent (ones' complement for a negative number), then
     * the digits in pairs, each pair {@code p} as {@code p + 1} (positive) or {@code 101 - p} (negative, which also
     * ends with 102 when it has fewer than 20 pairs). Zero is the single byte 0x80.
     */
    static byte[] numberBytes(BigDecimal value) {
        if (value.signum() == 0) {
            return new byte[] {(byte) 0x80};
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        // The power of ten just above the first digit; pairs start on even powers, so an odd one gets a leading 0.
        int exponent = stripped.precision() - stripped.scale();
        boolean oddExponent = Math.floorMod(exponent, 2) != 0;
        String paired = oddExponent ? "0" + digits : digits;
        int pairs = (paired.length() + 1) / 2;
        boolean negative = value.signum() < 0;
        boolean terminated = negative && pairs < 20;
        byte[] encoded = new byte[1 + pairs + (terminated ? 1 : 0)];
        int exponentByte = (exponent + (oddExponent ? 1 : 0)) / 2 - 64;
        encoded[0] = (byte) (negative ? ~exponentByte : exponentByte);
        for (int i = 0; i < pairs; i++) {
            int high = paired.charAt(2 * i) - '0';
            int low = 2 * i + 1 < paired.length() ? paired.charAt(2 * i + 1) - '0' : 0;
            int pair = high * 10 + low;
            encoded[1 + i] = (byte) (negative ? 101 - pair : pair + 1);
        }
        if (terminated) {
            encoded[encoded.length - 1] = 102;
        }
        return encoded;
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SALTED.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("MD5 digests cannot be copied", e);
        }
    }

    private static MessageDigest salted() {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update("Outliers".getBytes(StandardCharsets.US_ASCII));
            return md5;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
