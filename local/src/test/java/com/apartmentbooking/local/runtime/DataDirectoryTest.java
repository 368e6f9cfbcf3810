package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory that cannot be used is refused with what to do; --reset deletes only a runtime's own, unused. */
class DataDirectoryTest {

    @TempDir
    Path workDirectory;

    @Test
    void aSecondRuntimeOnADirectoryInUseIsToldSo() throws Exception {
        Path data = workDirectory.resolve("data");
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory)).withPort(0)
                .withDataDirectory(data);
        try (LocalRuntime running = LocalRuntime.start(options)) {
            DataDirectoryException refused = assertThrows(DataDirectoryException.class,
                    () -> LocalRuntime.start(options).close());

            assertEquals("the data directory " + data + " is in use by another runtime: stop that one first, or start "
                    + "with another --data-dir", refused.getMessage());
        }
    }

    @Test
    void resetRefusesADirectoryInUseAndKeepsIt() throws Exception {
        Path data = workDirectory.resolve("data");
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory)).withPort(0)
                .withDataDirectory(data);
        try (LocalRuntime running = LocalRuntime.start(options)) {
            DataDirectoryException refused = assertThrows(DataDirectoryException.class, () -> DataDirectory.reset(data));

            assertTrue(refused.getMessage().contains(" is in use by another runtime"), refused.getMessage());
            assertTrue(Files.exists(data.resolve(DataFormat.STORE_FILE_NAME)));
        }
    }

    @Test
    void resetDeletesARuntimesDirectoryWithEverythingInIt() throws Exception {
        Path data = workDirectory.resolve("data");
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory)).withPort(0)
                .withDataDirectory(data);
        LocalRuntime.start(options).close();
        assertTrue(Files.exists(data.resolve("tls").resolve("ca.pem")));

        assertTrue(DataDirectory.reset(data));

        assertFalse(Files.exists(data));
        assertFalse(DataDirectory.reset(data), "nothing left to delete");
    }

    @Test
    void resetRefusesADirectoryOfSomethingElseAndTouchesNothing() throws Exception {
        Path notes = Files.createDirectory(workDirectory.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");

        DataDirectoryException refused = assertThrows(DataDirectoryException.class, () -> DataDirectory.reset(notes));

        assertEquals("--reset deletes only a runtime's data directory, and " + notes + " holds files of something "
                + "else: delete it yourself, or start with another --data-dir", refused.getMessage());
        assertEquals("mine", Files.readString(notes.resolve("todo.txt")));
    }
}
