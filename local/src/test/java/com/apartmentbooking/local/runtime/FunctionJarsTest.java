package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function's jar is hashed once while it stays unchanged (same size, time and file), also across restarts, and
 * again as soon as any of those changes. The tests show what is remembered by rewriting a jar in place and putting
 * its time back: a jar the runtime trusts as unchanged keeps its old digest.
 */
class FunctionJarsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final FileTime AN_HOUR_AGO = FileTime.from(NOW.minus(Duration.ofHours(1)));

    @TempDir
    Path directory;
    private final Clock wallClock = Clock.fixed(NOW, ZoneOffset.UTC);

    private Path jar(String name, String content, FileTime modified) throws IOException {
        Path jar = directory.resolve(name);
        Files.writeString(jar, content);
        Files.setLastModifiedTime(jar, modified);
        return jar;
    }

    private static String sha256(String content) throws Exception {
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code code.jar} with "version-1", written an hour ago and hashed once. */
    private Path hashedAnHourAfterItWasWritten(FunctionJars jars) throws IOException {
        Path jar = jar("code.jar", "version-1", AN_HOUR_AGO);
        jars.sha256(jar);
        return jar;
    }

    /** Rewrites the file in place (same inode) with {@code content}, then sets its modification time. */
    private static void rewriteInPlace(Path jar, String content, FileTime modified) throws IOException {
        Files.writeString(jar, content);
        Files.setLastModifiedTime(jar, modified);
    }

    @Test
    void aJarUnchangedInSizeTimeAndFileKeepsTheDigestTakenBefore() throws Exception {
        FunctionJars jars = new FunctionJars(Store.inMemory(), wallClock);
        Path jar = jar("code.jar", "version-1", AN_HOUR_AGO);
        FunctionJars.Hashed first = jars.sha256(jar);
        assertEquals(sha256("version-1"), first.sha256());
        assertEquals("version-1", new String(first.content().bytes(), StandardCharsets.UTF_8), "read to be hashed");

        rewriteInPlace(jar, "version-2", AN_HOUR_AGO);

        FunctionJars.Hashed again = jars.sha256(jar);
        assertEquals(sha256("version-1"), again.sha256());
        assertNull(again.content(), "not read again");
    }

    @Test
    void theDigestIsRememberedAcrossARestartOnTheSameDataDirectory() throws Exception {
        Path data = directory.resolve("data");
        Path jar = jar("code.jar", "version-1", AN_HOUR_AGO);
        try (Store store = Store.open(data)) {
            assertEquals(sha256("version-1"), new FunctionJars(store, wallClock).sha256(jar).sha256());
        }
        rewriteInPlace(jar, "version-2", AN_HOUR_AGO);

        try (Store store = Store.open(data)) {
            assertEquals(sha256("version-1"), new FunctionJars(store, wallClock).sha256(jar).sha256());
        }
    }

    @Test
    void aJarWithANewModificationTimeIsHashedAgain() throws Exception {
        FunctionJars jars = new FunctionJars(Store.inMemory(), wallClock);
        Path jar = hashedAnHourAfterItWasWritten(jars);

        rewriteInPlace(jar, "version-2", FileTime.from(NOW.minus(Duration.ofMinutes(30))));

        assertEquals(sha256("version-2"), jars.sha256(jar).sha256());
    }

    @Test
    void aJarOfAnotherSizeIsHashedAgain() throws Exception {
        FunctionJars jars = new FunctionJars(Store.inMemory(), wallClock);
        Path jar = hashedAnHourAfterItWasWritten(jars);

        rewriteInPlace(jar, "version-10", AN_HOUR_AGO);

        assertEquals(sha256("version-10"), jars.sha256(jar).sha256());
    }

    @Test
    void aJarReplacedByAnotherFileIsHashedAgainThoughItsSizeAndTimeAreTheSame() throws Exception {
        FunctionJars jars = new FunctionJars(Store.inMemory(), wallClock);
        Path jar = hashedAnHourAfterItWasWritten(jars);

        Path rebuilt = jar("rebuilt.jar", "version-2", AN_HOUR_AGO);
        Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertEquals(sha256("version-2"), jars.sha256(jar).sha256());
    }

    @Test
    void aDigestTakenRightAfterTheJarChangedIsNotRemembered() throws Exception {
        FunctionJars jars = new FunctionJars(Store.inMemory(), wallClock);
        FileTime justNow = FileTime.from(NOW.minusMillis(FunctionJars.SETTLING.toMillis() - 500));
        Path jar = jar("code.jar", "version-1", justNow);
        assertEquals(sha256("version-1"), jars.sha256(jar).sha256());

        rewriteInPlace(jar, "version-2", justNow);

        assertEquals(sha256("version-2"), jars.sha256(jar).sha256(),
                "a rewrite within the file time's grain is still seen");
    }

    @Test
    void readsAJarLargerThanItsChunksWhole() throws Exception {
        byte[] bytes = new byte[3 * (1 << 20) + 17];
        new Random(14).nextBytes(bytes);
        Path jar = directory.resolve("large.jar");
        Files.write(jar, bytes);

        FunctionJars.Content content = new FunctionJars(Store.inMemory(), wallClock).read(jar);

        assertArrayEquals(bytes, content.bytes());
        assertEquals(bytes.length, content.stamp().size());
    }
}
