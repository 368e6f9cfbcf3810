package com.apartmentbooking.local.lambda.clockagent;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.locks.LockSupport;

/**
 * The time a function instance's code reads: the wall clock plus the runtime clock's current lead over it.
 * {@link TimeCallRedirect} points the JDK's and the function's calls of {@code System.currentTimeMillis()} and
 * {@code jdk.internal.misc.VM.getNanoTimeAdjustment(long)} (what {@code Instant.now()} and {@code Clock.systemUTC()}
 * read) here, so methods of the same names and descriptors stand in for them; and {@code LockSupport.parkUntil},
 * whose deadlines are then times of this clock.
 *
 * <p>The lead is read at every call from a file the runtime has mapped too: {@link #OFFSET_POSITION} holds it as
 * a signed count of microseconds in the platform's byte order, so a clock advance is seen at once.
 */
public final class RuntimeTime {

    /** Where the runtime clock's lead over the wall clock is, in microseconds; aligned, so read in one piece. */
    public static final int OFFSET_POSITION = 0;
    /** The size of the file holding the lead. */
    public static final int FILE_SIZE = Long.BYTES;

    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** What {@code VM.getNanoTimeAdjustment} answers when the offset is too far from now (as HotSpot does). */
    private static final long OUT_OF_RANGE = -1;
    /** How far (in seconds) an offset may be from now for an adjustment to be given, as in HotSpot. */
    private static final long MAX_ADJUSTED_SECONDS = 1L << 32;

    private static ByteBuffer lead;
    private static MethodHandle wallNanoAdjustment;

    private RuntimeTime() {
    }

    /**
     * Starts reading the lead from {@code leadFile}, a mapping of the runtime's file. The JDK's own adjustment must
     * already be accessible to this class (its package exported to this class's module).
     */
    static void start(ByteBuffer leadFile) throws ReflectiveOperationException {
        wallNanoAdjustment = MethodHandles.lookup().findStatic(Class.forName("jdk.internal.misc.VM"),
                "getNanoTimeAdjustment", MethodType.methodType(long.class, long.class));
        lead = leadFile;
    }

    /** Stands in for {@code System.currentTimeMillis()}. */
    public static long currentTimeMillis() {
        return System.currentTimeMillis() + Math.floorDiv(leadMicros(), 1000L);
    }

    /**
     * Stands in for {@code jdk.internal.misc.VM.getNanoTimeAdjustment(long)}: the nanoseconds from {@code
     * offsetInSeconds} (epoch seconds) to now on the runtime's clock, or -1 when that is over 2^32 seconds either way
     * (the caller then asks again with an offset near now).
     */
    public static long getNanoTimeAdjustment(long offsetInSeconds) {
        long leadMicros = leadMicros();
        long leadSeconds = Math.floorDiv(leadMicros, 1_000_000L);
        long leadNanos = Math.floorMod(leadMicros, 1_000_000L) * 1000L;
        long wallOffset = offsetInSeconds - leadSeconds;
        long wall = wallAdjustment(wallOffset);
        if (wall == OUT_OF_RANGE) {
            return OUT_OF_RANGE;
        }
        long adjustment = wall + leadNanos;
        if (Math.floorDiv(adjustment, 1_000_000_000L) > MAX_ADJUSTED_SECONDS) {
            return OUT_OF_RANGE;
        }
        return adjustment;
    }

    /**
     * Stands in for {@code LockSupport.parkUntil(Object, long)}: the JVM parks until a time of the wall clock, so a
     * deadline read on the runtime's clock ({@code Condition.awaitUntil}) is moved back by the lead first.
     */
    public static void parkUntil(Object blocker, long deadline) {
        LockSupport.parkUntil(blocker, wallDeadline(deadline));
    }

    /** Stands in for {@code LockSupport.parkUntil(long)}, as {@link #parkUntil(Object, long)}. */
    public static void parkUntil(long deadline) {
        LockSupport.parkUntil(wallDeadline(deadline));
    }

    private static long wallDeadline(long deadline) {
        long lead = Math.floorDiv(leadMicros(), 1000L);
        try {
            return Math.subtractExact(deadline, lead);
        } catch (ArithmeticException beyondEpochMillis) {
            return lead < 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private static long wallAdjustment(long offsetInSeconds) {
        try {
            return (long) wallNanoAdjustment.invokeExact(offsetInSeconds);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("The wall clock could not be read", e);
        }
    }

    private static long leadMicros() {
        return (long) LONGS.getOpaque(lead, OFFSET_POSITION);
    }
}
