package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records held back reach the log file in append order: with the next forced record, when forced, or at rotation. */
class WriteAheadLogTest {

    @TempDir
    Path dir;

    @Test
    void aHeldBackRecordIsWrittenBeforeTheForcedRecordAfterIt() throws IOException {
        try (WriteAheadLog log = WriteAheadLog.start(dir, 1, true)) {
            log.append(Keys.utf8("held back"), false);
            assertEquals(List.of(), replayed());
            log.append(Keys.utf8("forced"), true);
            assertEquals(List.of("held back", "forced"), replayed());
        }
    }

    @Test
    void forcingWritesWhatIsHeldBackInOrder() throws IOException {
        try (WriteAheadLog log = WriteAheadLog.start(dir, 1, true)) {
            log.append(Keys.utf8("first"), false);
            log.append(Keys.utf8("second"), false);
            assertTrue(log.holdsBack());
            log.force();
            assertFalse(log.holdsBack());
            assertEquals(List.of("first", "second"), replayed());
        }
    }

    @Test
    void rotationForcesWhatIsHeldBackIntoTheSegmentItCloses() throws IOException {
        try (WriteAheadLog log = WriteAheadLog.start(dir, 1, true)) {
            log.append(Keys.utf8("before the rotation"), false);
            assertEquals(1, log.rotate());
            log.append(Keys.utf8("after it"), true);
            List<String> afterFirst = new ArrayList<>();
            WriteAheadLog.replay(dir, 1, record -> afterFirst.add(Keys.string(record)));
            assertEquals(List.of("after it"), afterFirst);
            assertEquals(List.of("before the rotation", "after it"), replayed());
        }
    }

    @Test
    void closingDropsWhatIsHeldBackAsACrashWould() throws IOException {
        try (WriteAheadLog log = WriteAheadLog.start(dir, 1, true)) {
            log.append(Keys.utf8("forced"), true);
            log.append(Keys.utf8("held back"), false);
        }
        assertEquals(List.of("forced"), replayed());
    }

    private List<String> replayed() throws IOException {
        List<String> records = new ArrayList<>();
        WriteAheadLog.replay(dir, 0, record -> records.add(Keys.string(record)));
        return records;
    }
}
