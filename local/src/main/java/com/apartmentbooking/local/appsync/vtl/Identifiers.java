package com.apartmentbooking.local.appsync.vtl;

import com.apartmentbooking.local.clock.Clock;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

/** The generated identifiers of {@code $util}: UUID v4, ULID and KSUID, the last two timed by the runtime's clock. */
final class Identifiers {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    /** KSUID's epoch, 2014-05-13T16:53:20Z, in Unix seconds. */
    private static final long KSUID_EPOCH = 1_400_000_000L;
    private static final int KSUID_LENGTH = 27;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Identifiers(Clock clock) {
        this.clock = clock;
    }

    String uuid() {
        return UUID.randomUUID().toString();
    }

    /** 26 Crockford base-32 characters: 48 bits of milliseconds, then 80 random bits. */
    String ulid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        long millis = clock.now().toEpochMilli();
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (millis >>> (40 - 8 * i));
        }
        BigInteger value = new BigInteger(1, bytes);
        char[] text = new char[26];
        for (int i = 25; i >= 0; i--) {
            text[i] = CROCKFORD[value.intValue() & 31];
            value = value.shiftRight(5);
        }
        return new String(text);
    }

    /** 27 base-62 characters: 32 bits of seconds since the KSUID epoch, then 128 random bits. */
    String ksuid() {
        byte[] payload = new byte[16];
        random.nextBytes(payload);
        byte[] bytes = ByteBuffer.allocate(20).putInt((int) (clock.now().getEpochSecond() - KSUID_EPOCH))
                .put(payload).array();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(62);
        char[] text = new char[KSUID_LENGTH];
        for (int i = KSUID_LENGTH - 1; i >= 0; i--) {
            BigInteger[] division = value.divideAndRemainder(base);
            text[i] = BASE62[division[1].intValue()];
            value = division[0];
        }
        return new String(text);
    }
}
