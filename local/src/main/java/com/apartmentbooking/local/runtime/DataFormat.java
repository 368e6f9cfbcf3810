package com.apartmentbooking.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The version of the form in which the services keep their state in a data directory. A runtime reads only its
 * own form: started on a directory another form wrote, it says so and starts nothing, instead of failing on the
 * first record it cannot read (or, worse, reading it wrongly).
 */
final class DataFormat {

    /**
     * 3: the store acknowledges writes from its write-ahead log ({@code store.log.*}), which a runtime of form 2
     * would not replay; Step Functions keeps histories in compact blocks.
     */
    static final int CURRENT = 3;
    /**
     * 2: services keep records through the shared store contract; Lambda keeps functions. Its store file opens as
     * form 3 and Step Functions moves its executions to the compact form when it starts, so it is taken up.
     */
    static final String UPGRADED_IN_PLACE = "2";
    static final String FILE_NAME = "FORMAT";
    /** The store's file: a directory that has one but no {@link #FILE_NAME} was written before forms had versions. */
    static final String STORE_FILE_NAME = "store.mv.db";

    private DataFormat() {
    }

    /**
     * Marks a new data directory with the current form; refuses, with what to do, a directory of another form.
     *
     * @throws DataDirectoryException when the directory holds state of another form
     */
    static void check(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String found = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (found.equals(UPGRADED_IN_PLACE)) {
                    // Marked first: from now on only a runtime that reads the log may open the directory.
                    Files.writeString(file, CURRENT + "\n", StandardCharsets.UTF_8);
                } else if (!found.equals(Integer.toString(CURRENT))) {
                    throw DataDirectoryException.otherVersion(dataDirectory, found, CURRENT);
                }
            } else if (Files.exists(dataDirectory.resolve(STORE_FILE_NAME))) {
                throw DataDirectoryException.otherVersion(dataDirectory, "1", CURRENT);
            } else {
                Files.writeString(file, CURRENT + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or mark the data directory " + dataDirectory, e);
        }
    }
}
