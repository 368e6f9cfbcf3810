package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory is read only by a runtime of its own form, or of the one form it takes up in place; any other is
 * refused with what to do.
 */
class DataFormatTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aNewDirectoryIsMarkedWithTheCurrentFormAndOpensAgain() throws IOException {
        DataFormat.check(dataDirectory);
        DataFormat.check(dataDirectory);

        assertEquals(Integer.toString(DataFormat.CURRENT), Files.readString(dataDirectory.resolve("FORMAT")).trim());
    }

    @Test
    void aStoreWrittenBeforeFormsHadVersionsIsRefused() throws IOException {
        Files.writeString(dataDirectory.resolve("store.mv.db"), "state of an earlier runtime");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DataFormat.check(dataDirectory));

        assertTrue(refused.getMessage().startsWith("the data directory " + dataDirectory + " holds state in the form of "
                + "another version of the runtime (1; this one reads " + DataFormat.CURRENT + ")"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("): start with --reset to delete it and start afresh, or with "
                + "another --data-dir"), refused.getMessage());
        assertTrue(Files.notExists(dataDirectory.resolve("FORMAT")), "the directory is left as it was");
    }

    @Test
    void anotherFormIsRefused() throws IOException {
        Files.writeString(dataDirectory.resolve("FORMAT"), "4\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DataFormat.check(dataDirectory));

        assertTrue(refused.getMessage().contains("(4; this one reads " + DataFormat.CURRENT + ")"), refused.getMessage());
        assertEquals("4", Files.readString(dataDirectory.resolve("FORMAT")).trim(), "the directory is left as it was");
    }

    @Test
    void theFormBeforeTheWriteAheadLogIsTakenUpAndMarkedSoThatOlderRuntimesRefuseIt() throws IOException {
        Files.writeString(dataDirectory.resolve("FORMAT"), "2\n");
        Files.writeString(dataDirectory.resolve("store.mv.db"), "state of the runtime before the log");

        DataFormat.check(dataDirectory);

        assertEquals("3", Files.readString(dataDirectory.resolve("FORMAT")).trim());
    }
}
