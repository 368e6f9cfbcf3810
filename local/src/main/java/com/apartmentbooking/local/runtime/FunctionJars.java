package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * The jars the template's functions are built into (their CodeUri): read whole, and their SHA-256 as Lambda's
 * CodeSha256 gives it, remembered in the {@link Store} with the file's size, modification time and identity, so that
 * a restart need not read and hash an unchanged 20 MB jar again to find its function's code up to date.
 *
 * <p>As build tools do, a file whose size, time and identity are unchanged is taken as unchanged. A digest taken
 * within {@link #SETTLING} of the file's modification is not remembered: file times are coarse (a few
 * milliseconds), so a jar rewritten right after it was read could otherwise keep its time and size.
 */
final class FunctionJars {

    static final Duration SETTLING = Duration.ofSeconds(2);
    private static final RecordMap<Digest> DIGESTS = new RecordMap<>("template.functionJars", Digest.class);
    /** Read a megabyte at a time: one read of a whole jar goes through a native buffer of its size. */
    private static final int CHUNK = 1 << 20;

    /** A jar's SHA-256 (base64) and the file it was taken from, by the file's size, time and identity. */
    record Digest(long size, String modified, String fileKey, String sha256) {
    }

    /** A jar's bytes and its file's size, time and identity before they were read. */
    record Content(byte[] bytes, Stamp stamp) {
    }

    /** A jar's SHA-256 (base64), and its content when it had to be read for it (else null). */
    record Hashed(String sha256, Content content) {
    }

    /** A file's size, modification time and identity (its device and inode, where the file system has them). */
    record Stamp(long size, String modified, String fileKey, long modifiedMillis) {

        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toInstant().toString(),
                    Objects.toString(attributes.fileKey(), ""), attributes.lastModifiedTime().toMillis());
        }

        boolean matches(Digest digest) {
            return digest != null && size == digest.size() && modified.equals(digest.modified())
                    && fileKey.equals(digest.fileKey());
        }
    }

    private final Store store;
    private final Clock wallClock;

    /** @param wallClock the host's clock, which file times follow (not the runtime's, which operators advance) */
    FunctionJars(Store store, Clock wallClock) {
        this.store = store;
        this.wallClock = wallClock;
    }

    /** The jar's bytes, with its stamp from before they were read. */
    Content read(Path jar) throws IOException {
        Stamp stamp = Stamp.of(jar);
        try (RandomAccessFile file = new RandomAccessFile(jar.toFile(), "r")) {
            long length = file.length();
            if (length > Integer.MAX_VALUE - 8) {
                throw new IOException("Larger than an array can hold: " + length + " bytes");
            }
            byte[] bytes = new byte[(int) length];
            int read = 0;
            while (read < bytes.length) {
                int count = file.read(bytes, read, Math.min(CHUNK, bytes.length - read));
                if (count < 0) {
                    throw new IOException("The file got shorter while it was read");
                }
                read += count;
            }
            return new Content(bytes, stamp);
        }
    }

    /**
     * The jar's SHA-256 (base64): remembered when the file is unchanged since it was taken, else read and hashed,
     * with the content then, so that a caller who needs it (the jar changed) does not read it again.
     */
    Hashed sha256(Path jar) throws IOException {
        Stamp stamp = Stamp.of(jar);
        Digest known = store.read(view -> DIGESTS.get(view, key(jar)));
        if (stamp.matches(known)) {
            return new Hashed(known.sha256(), null);
        }
        Content content = read(jar);
        String sha256 = Base64.getEncoder().encodeToString(sha256(content.bytes()));
        remember(jar, content.stamp(), sha256);
        return new Hashed(sha256, content);
    }

    /** Remembers the SHA-256 of the jar as it was when {@code stamp} was taken (unless it had only just changed). */
    void remember(Path jar, Stamp stamp, String sha256) {
        if (stamp.modifiedMillis() > wallClock.millis() - SETTLING.toMillis()) {
            return;
        }
        Digest digest = new Digest(stamp.size(), stamp.modified(), stamp.fileKey(), sha256);
        store.transaction(tx -> DIGESTS.put(tx, key(jar), digest));
    }

    private static String key(Path jar) {
        return jar.toAbsolutePath().normalize().toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** An unreadable jar, as the start reports it. */
    static UncheckedIOException unreadable(String logicalId, Path jar, IOException cause) {
        return new UncheckedIOException("The code of " + logicalId + " (CodeUri " + jar
                + ") cannot be read; build the function's jar first", cause);
    }
}
