package com.apartmentbooking.local.lambda;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The log lines of one invocation as Lambda's {@code LogType: Tail} returns them: START, what the handler wrote,
 * END and REPORT, of which the last 4 KB. Lines reach the runtime through the instance's output pipe, so one
 * written just before the handler returned may miss the tail (it is still in the function's log).
 */
final class InvocationLog {

    static final int TAIL_BYTES = 4096;

    private final String requestId;
    private final StringBuilder text = new StringBuilder();
    private long startedNanos;
    private int memorySize;

    InvocationLog(String requestId) {
        this.requestId = requestId;
    }

    synchronized void started(int memorySize) {
        this.memorySize = memorySize;
        startedNanos = System.nanoTime();
        text.append("START RequestId: ").append(requestId).append(" Version: ").append(FunctionNames.LATEST).append('\n');
    }

    synchronized void line(String line) {
        text.append(line).append('\n');
    }

    /** Ends the log with END and REPORT and returns its last 4 KB. */
    synchronized String finish() {
        double millis = startedNanos == 0 ? 0 : (System.nanoTime() - startedNanos) / 1_000_000.0;
        text.append("END RequestId: ").append(requestId).append('\n');
        text.append("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", millis)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(millis)).append(" ms")
                .append("\tMemory Size: ").append(memorySize).append(" MB\t\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return bytes.length <= TAIL_BYTES ? text.toString()
                : new String(Arrays.copyOfRange(bytes, bytes.length - TAIL_BYTES, bytes.length), StandardCharsets.UTF_8);
    }
}
