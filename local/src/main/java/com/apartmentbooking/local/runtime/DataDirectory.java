package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/** The directory a runtime keeps its state in: opened as the store, or deleted for a fresh start ({@code --reset}). */
final class DataDirectory {

    private DataDirectory() {
    }

    /**
     * The store kept in {@code directory}, made when there is none; {@code fsync} syncs each batch to the disk.
     *
     * @throws DataDirectoryException when another version wrote it, another runtime has it open, or it cannot be read
     */
    static Store open(Path directory, boolean fsync) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
        DataFormat.check(directory);
        try {
            return Store.open(directory, fsync);
        } catch (MVStoreException unusable) {
            if (unusable.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw DataDirectoryException.inUse(directory);
            }
            throw DataDirectoryException.unreadable(directory, unusable.getMessage());
        }
    }

    /**
     * Deletes {@code directory} and everything in it; false when it did not exist. Only a runtime's own directory
     * (one with its format or store file, or an empty one) that no runtime has open is deleted.
     *
     * @throws DataDirectoryException when the directory is something else's, or in use
     */
    static boolean reset(Path directory) {
        if (!Files.exists(directory)) {
            return false;
        }
        try {
            if (!isRuntimes(directory)) {
                throw DataDirectoryException.notARuntimes(directory);
            }
            requireNotInUse(directory);
            List<Path> deepestFirst;
            try (Stream<Path> paths = Files.walk(directory)) {
                deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the data directory " + directory, e);
        }
        return true;
    }

    private static boolean isRuntimes(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        }
        return Files.exists(directory.resolve(DataFormat.FILE_NAME))
                || Files.exists(directory.resolve(DataFormat.STORE_FILE_NAME));
    }

    /** The store takes a lock on its file while it is open; a lock this check cannot take means a running runtime. */
    private static void requireNotInUse(Path directory) throws IOException {
        Path storeFile = directory.resolve(DataFormat.STORE_FILE_NAME);
        if (!Files.exists(storeFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(storeFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw DataDirectoryException.inUse(directory);
            }
            lock.release();
        } catch (OverlappingFileLockException openHere) {
            throw DataDirectoryException.inUse(directory);
        }
    }
}
