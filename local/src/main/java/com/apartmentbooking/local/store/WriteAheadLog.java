package com.apartmentbooking.local.store;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The store's write-ahead log: numbered segment files {@code store.log.<n>} of records, each framed as its length,
 * its CRC-32C and its bytes, appended and forced before the batch it holds is acknowledged. Forced means written to
 * the operating system, which keeps it whatever happens to this process; with {@code sync}, also to the disk, so
 * that it survives a power cut or an OS crash.
 *
 * <p>A record may also be held back ({@link #append(byte[], boolean)} without force): it is written with the next
 * forced record, or by {@link #force}, before it and after every record appended before it, so the log's order is
 * the order of appends whatever is forced when.
 *
 * <p>A checkpoint starts a new segment ({@link #rotate}), writes the maps into the store file and then deletes
 * the segments the file now holds. A record cut short by a crash (or never forced) fails its length or checksum:
 * it and everything after it are dropped on replay. Such a record was never acknowledged as durable, because a
 * batch is acknowledged so only once its record, and every record before it, is forced.
 */
final class WriteAheadLog implements AutoCloseable {

    private static final String PREFIX = "store.log.";
    private static final int HEADER_BYTES = 8;
    private static final int RETAINED_BUFFER_BYTES = 64 * 1024;

    private final Path dir;
    private final boolean sync;
    private FileOutputStream out;
    /** Framed records appended without force and not yet written. */
    private ByteArrayOutputStream heldBack = new ByteArrayOutputStream();
    private long segment;
    private long size;

    private WriteAheadLog(Path dir, boolean sync) {
        this.dir = dir;
        this.sync = sync;
    }

    /**
     * Starts logging to a new segment numbered {@code segment}, above every segment in {@code dir}; {@code sync}
     * forces each record to the disk, not only to the operating system.
     */
    static WriteAheadLog start(Path dir, long segment, boolean sync) throws IOException {
        WriteAheadLog log = new WriteAheadLog(dir, sync);
        log.openSegment(segment);
        return log;
    }

    /**
     * Hands every intact record of the segments numbered above {@code checkpointed} to {@code records}, in order,
     * up to the first damaged one.
     *
     * @return the highest segment number in {@code dir}, or {@code checkpointed} if none is higher
     */
    static long replay(Path dir, long checkpointed, Consumer<byte[]> records) throws IOException {
        long highest = checkpointed;
        boolean intact = true;
        for (long number : segments(dir)) {
            highest = Math.max(highest, number);
            if (number > checkpointed && intact) {
                intact = replaySegment(Files.readAllBytes(segmentPath(dir, number)), records);
            }
        }
        return highest;
    }

    /** @return whether the segment ended cleanly, after its last whole record */
    private static boolean replaySegment(byte[] segment, Consumer<byte[]> records) {
        ByteBuffer in = ByteBuffer.wrap(segment);
        while (in.remaining() >= HEADER_BYTES) {
            int length = in.getInt();
            int checksum = in.getInt();
            if (length <= 0 || length > in.remaining()) {
                return false;
            }
            byte[] record = new byte[length];
            in.get(record);
            if (checksum(record) != checksum) {
                return false;
            }
            records.accept(record);
        }
        return !in.hasRemaining();
    }

    /** Deletes the segments numbered up to {@code through}: the store file holds their writes. */
    static void deleteThrough(Path dir, long through) throws IOException {
        for (long number : segments(dir)) {
            if (number <= through) {
                Files.deleteIfExists(segmentPath(dir, number));
            }
        }
    }

    private static List<Long> segments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(PREFIX) && name.length() > PREFIX.length()
                            && name.substring(PREFIX.length()).chars().allMatch(Character::isDigit))
                    .map(name -> Long.parseLong(name.substring(PREFIX.length())))
                    .sorted()
                    .toList();
        }
    }

    private static Path segmentPath(Path dir, long number) {
        return dir.resolve(PREFIX + number);
    }

    private static int checksum(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record);
        return (int) crc.getValue();
    }

    /**
     * Appends a record and, when {@code force} is set, forces it with everything before it to disk; otherwise holds
     * it back until the next forced append or {@link #force}. Through a stream rather than a channel: an interrupt
     * of the calling thread must not close the log under the store.
     */
    void append(byte[] record, boolean force) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + record.length);
        frame.putInt(record.length).putInt(checksum(record)).put(record);
        heldBack.write(frame.array());
        size += frame.capacity();
        if (force) {
            force();
        }
    }

    /** Whether some record appended without force is not on disk yet. */
    boolean holdsBack() {
        return heldBack.size() > 0;
    }

    /** Writes the records held back, in order, and forces them with everything before them. */
    void force() throws IOException {
        if (heldBack.size() == 0) {
            return;
        }
        heldBack.writeTo(out);
        // A buffer keeps the size of the largest batch it ever held; one grown by a large batch is let go.
        if (heldBack.size() > RETAINED_BUFFER_BYTES) {
            heldBack = new ByteArrayOutputStream();
        } else {
            heldBack.reset();
        }
        if (sync) {
            out.getFD().sync();
        }
    }

    /** Bytes logged in the current segment. */
    long size() {
        return size;
    }

    /** The current segment's number. */
    long segment() {
        return segment;
    }

    /** Forces what is held back, closes the current segment and starts the next; returns the closed one's number. */
    long rotate() throws IOException {
        force();
        long closed = segment;
        out.close();
        openSegment(closed + 1);
        return closed;
    }

    private void openSegment(long number) throws IOException {
        Path file = segmentPath(dir, number);
        if (Files.exists(file)) {
            throw new IOException("A log segment is in the way: " + file);
        }
        out = new FileOutputStream(file.toFile());
        segment = number;
        size = 0;
        // The new file's directory entry must be on disk before a record in it is acknowledged.
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /** Closes the current segment; records held back are dropped, as a crash would drop them. */
    @Override
    public void close() {
        heldBack.reset();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
