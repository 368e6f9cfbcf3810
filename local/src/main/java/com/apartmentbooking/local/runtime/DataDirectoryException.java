package com.apartmentbooking.local.runtime;

import java.nio.file.Path;

/**
 * The data directory cannot be used as it is: written by another version of the runtime, unreadable, in use by
 * another runtime, or not a runtime's directory at all. The message says what to do.
 */
public final class DataDirectoryException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    DataDirectoryException(String message) {
        super(message);
    }

    static DataDirectoryException otherVersion(Path directory, String found, int current) {
        return new DataDirectoryException("the data directory " + directory + " holds state in the form of another "
                + "version of the runtime (" + found + "; this one reads " + current + "): start with --reset to "
                + "delete it and start afresh, or with another --data-dir");
    }

    static DataDirectoryException unreadable(Path directory, String reason) {
        return new DataDirectoryException("the data directory " + directory + " cannot be read, it may be corrupt ("
                + reason + "): start with --reset to delete it and start afresh, or with another --data-dir");
    }

    static DataDirectoryException inUse(Path directory) {
        return new DataDirectoryException("the data directory " + directory + " is in use by another runtime: stop "
                + "that one first, or start with another --data-dir");
    }

    static DataDirectoryException notARuntimes(Path directory) {
        return new DataDirectoryException("--reset deletes only a runtime's data directory, and " + directory
                + " holds files of something else: delete it yourself, or start with another --data-dir");
    }
}
