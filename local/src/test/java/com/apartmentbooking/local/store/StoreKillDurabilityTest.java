package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every transaction the store acknowledged survives SIGKILL of its process, in every map it wrote, and the
 * file reopens cleanly. A child JVM writes and acknowledges; it is killed mid-stream while still writing, and
 * every acknowledgement it printed before dying counts. Once with the store's own checkpoints, once with a
 * checkpoint every few transactions, so that the kill finds checkpoints under way and the store has compacted and
 * reused the space of replaced chunks before it; each with the log synced to the disk and without (the runtime's
 * default, where a batch is acknowledged once the operating system has it).
 */
class StoreKillDurabilityTest {

    static final String ITEMS = "items";
    static final String LOG = "log";
    private static final int ACKS_BEFORE_KILL = 1500;

    @TempDir
    Path dir;

    static String key(int i) {
        return String.format("key-%07d", i);
    }

    /** The key padded to {@code size} bytes (the key itself when that is longer). */
    static byte[] value(String key, int size) {
        byte[] value = Arrays.copyOf(key.getBytes(StandardCharsets.UTF_8), Math.max(size, key.length()));
        Arrays.fill(value, key.length(), value.length, (byte) 'v');
        return value;
    }

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        killMidStreamAndCheck(0, true);
    }

    @Test
    void acknowledgedWritesSurviveSigkillDuringCheckpoints() throws Exception {
        killMidStreamAndCheck(2048, true);
    }

    @Test
    void acknowledgedWritesSurviveSigkillWithoutSync() throws Exception {
        killMidStreamAndCheck(0, false);
    }

    @Test
    void acknowledgedWritesSurviveSigkillDuringCheckpointsWithoutSync() throws Exception {
        killMidStreamAndCheck(2048, false);
    }

    private void killMidStreamAndCheck(int valueSize, boolean sync) throws Exception {
        long checkpointBytes = valueSize > 0 ? 8L * valueSize : Store.CHECKPOINT_LOG_BYTES;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriterProcess.class.getName(), dir.toString(),
                Long.toString(checkpointBytes), Integer.toString(valueSize), Boolean.toString(sync)));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("ack \\d+")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                }
                if (acknowledged == ACKS_BEFORE_KILL) {
                    // SIGKILL through the process handle: Process.destroyForcibly() would also close our end of
                    // the pipe, and the acknowledgements still in it are the ones the test must check too.
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        // SIGKILL, not a clean exit: 128 + 9.
        assertEquals(137, child.exitValue());
        assertTrue(acknowledged >= ACKS_BEFORE_KILL, "the child acknowledged " + acknowledged);

        int lastAcknowledged = acknowledged;
        try (Store reopened = Store.open(dir)) {
            reopened.read(view -> {
                for (int i = 0; i <= lastAcknowledged; i++) {
                    byte[] expected = value(key(i), valueSize);
                    assertArrayEquals(expected, view.get(ITEMS, key(i)), "lost " + key(i));
                    assertArrayEquals(expected, view.get(LOG, key(i)), "lost " + key(i) + " in the second map");
                }
                return null;
            });
        }
    }
}
