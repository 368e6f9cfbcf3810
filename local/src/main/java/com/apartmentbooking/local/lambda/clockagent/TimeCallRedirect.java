package com.apartmentbooking.local.lambda.clockagent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Points a class's calls of the JDK's wall-clock reads at {@link RuntimeTime}. Only the class file's constant pool
 * changes: the method reference {@code java/lang/System.currentTimeMillis:()J} (and {@code
 * jdk/internal/misc/VM.getNanoTimeAdjustment:(J)J}, and {@code LockSupport.parkUntil}, whose deadline is a time of
 * the clock) gets a new class, {@code RuntimeTime}, whose static methods of the same names and descriptors answer
 * instead. Every instruction and method handle that used the reference now
 * calls {@code RuntimeTime}, and no code, offset or stack map changes, so no bytecode library is needed.
 */
final class TimeCallRedirect {

    private static final String TARGET = RuntimeTime.class.getName().replace('.', '/');
    private static final byte[] SYSTEM = ascii("java/lang/System");
    private static final byte[] CURRENT_TIME_MILLIS = ascii("currentTimeMillis");
    private static final byte[] NO_ARGUMENTS_LONG = ascii("()J");
    private static final byte[] VM = ascii("jdk/internal/misc/VM");
    private static final byte[] GET_NANO_TIME_ADJUSTMENT = ascii("getNanoTimeAdjustment");
    private static final byte[] LONG_TO_LONG = ascii("(J)J");
    private static final byte[] LOCK_SUPPORT = ascii("java/util/concurrent/locks/LockSupport");
    private static final byte[] PARK_UNTIL = ascii("parkUntil");
    private static final byte[] BLOCKER_AND_LONG = ascii("(Ljava/lang/Object;J)V");
    private static final byte[] LONG_TO_VOID = ascii("(J)V");
    private static final int UTF8 = 1;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int METHODREF = 10;
    private static final int NAME_AND_TYPE = 12;
    /** The first byte after the magic number, versions and constant pool count. */
    private static final int POOL_START = 10;

    private TimeCallRedirect() {
    }

    /** The class file with its wall-clock calls redirected, or null when it makes none. */
    static byte[] apply(byte[] classFile) {
        ByteBuffer in = ByteBuffer.wrap(classFile);
        int count = in.getShort(8) & 0xFFFF;
        int[] tags = new int[count];
        int[] offsets = new int[count];
        int position = POOL_START;
        for (int index = 1; index < count; index++) {
            int tag = classFile[position] & 0xFF;
            tags[index] = tag;
            offsets[index] = ++position;
            if (tag == UTF8) {
                position += 2 + (in.getShort(position) & 0xFFFF);
            } else {
                position += entrySize(tag);
                if (tag == LONG || tag == DOUBLE) {
                    index++;
                }
            }
        }
        int poolEnd = position;
        byte[] redirected = null;
        int targetClass = count + 1;
        for (int index = 1; index < count; index++) {
            if (tags[index] == METHODREF && isWallClockRead(in, offsets, index)) {
                if (redirected == null) {
                    redirected = classFile.clone();
                }
                redirected[offsets[index]] = (byte) (targetClass >> 8);
                redirected[offsets[index] + 1] = (byte) targetClass;
            }
        }
        if (redirected == null) {
            return null;
        }
        if (count + 2 > 0xFFFF) {
            throw new IllegalStateException("No room in the constant pool for " + TARGET);
        }
        return withTargetClass(redirected, count, poolEnd);
    }

    private static boolean isWallClockRead(ByteBuffer in, int[] offsets, int methodref) {
        int owner = offsets[in.getShort(offsets[in.getShort(offsets[methodref]) & 0xFFFF]) & 0xFFFF];
        int nameAndType = offsets[in.getShort(offsets[methodref] + 2) & 0xFFFF];
        int name = offsets[in.getShort(nameAndType) & 0xFFFF];
        int descriptor = offsets[in.getShort(nameAndType + 2) & 0xFFFF];
        return (is(in, name, CURRENT_TIME_MILLIS) && is(in, descriptor, NO_ARGUMENTS_LONG) && is(in, owner, SYSTEM))
                || (is(in, name, GET_NANO_TIME_ADJUSTMENT) && is(in, descriptor, LONG_TO_LONG) && is(in, owner, VM))
                || (is(in, name, PARK_UNTIL) && (is(in, descriptor, BLOCKER_AND_LONG) || is(in, descriptor, LONG_TO_VOID))
                        && is(in, owner, LOCK_SUPPORT));
    }

    /** Whether the UTF-8 constant at {@code offset} (its length first) is {@code expected}. */
    private static boolean is(ByteBuffer in, int offset, byte[] expected) {
        if ((in.getShort(offset) & 0xFFFF) != expected.length) {
            return false;
        }
        byte[] bytes = in.array();
        return Arrays.equals(bytes, offset + 2, offset + 2 + expected.length, expected, 0, expected.length);
    }

    /** The (patched) class file with two entries appended to its pool: the UTF-8 name of the target, its class. */
    private static byte[] withTargetClass(byte[] classFile, int count, int poolEnd) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + TARGET.length() + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(classFile, 0, 8);
            out.writeShort(count + 2);
            out.write(classFile, POOL_START, poolEnd - POOL_START);
            out.writeByte(UTF8);
            out.writeUTF(TARGET);
            out.writeByte(CLASS);
            out.writeShort(count);
            out.write(classFile, poolEnd, classFile.length - poolEnd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The bytes after the tag of a constant pool entry other than UTF-8 (JVMS 4.4). */
    private static int entrySize(int tag) {
        return switch (tag) {
            case CLASS, 8, 16, 19, 20 -> 2;
            case 15 -> 3;
            case 3, 4, 9, METHODREF, 11, NAME_AND_TYPE, 17, 18 -> 4;
            case LONG, DOUBLE -> 8;
            default -> throw new IllegalArgumentException("Unknown constant pool tag " + tag);
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
