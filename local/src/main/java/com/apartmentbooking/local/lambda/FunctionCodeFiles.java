package com.apartmentbooking.local.lambda;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The functions' deployment packages on disk, one file per distinct package named by its SHA-256, so instances
 * put it on their class path and a restart on the same directory runs the same code. Without a directory of its
 * own it uses a temporary one, removed on close.
 */
final class FunctionCodeFiles implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final Path directory;
    private final boolean temporary;

    private FunctionCodeFiles(Path directory, boolean temporary) {
        this.directory = directory;
        this.temporary = temporary;
    }

    /** Packages kept in {@code directory}, or in a temporary directory when it is null. */
    static FunctionCodeFiles in(Path directory) {
        try {
            if (directory == null) {
                return new FunctionCodeFiles(Files.createTempDirectory("lambda-code"), true);
            }
            Files.createDirectories(directory);
            return new FunctionCodeFiles(directory, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the functions' code", e);
        }
    }

    /**
     * Keeps a deployment package.
     *
     * <p>Refused with InvalidParameterValueException when the bytes are not a zip (or jar) file.
     */
    FunctionCode save(byte[] zip) {
        if (!isZip(zip)) {
            throw LambdaErrors.invalidParameter(
                    "Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
        byte[] digest = sha256(zip);
        FunctionCode code = new FunctionCode(Base64.getEncoder().encodeToString(digest), zip.length);
        Path target = path(code);
        if (!Files.exists(target)) {
            try {
                Path partial = Files.createTempFile(directory, "upload", ".partial");
                write(partial, zip);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the code of a function", e);
            }
        }
        return code;
    }

    /**
     * Writes a megabyte at a time: Files.write hands the bytes to the channel 8 KB at a time (three times slower
     * for a 20 MB jar), and one write of the whole array goes through a native buffer of its size.
     */
    private static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            for (int written = 0; written < bytes.length; written += CHUNK) {
                out.write(bytes, written, Math.min(CHUNK, bytes.length - written));
            }
        }
    }

    /** The file of a package kept here. */
    Path path(FunctionCode code) {
        return directory.resolve(HexFormat.of().formatHex(Base64.getDecoder().decode(code.sha256())) + ".jar");
    }

    /** Removes the file of a package no function uses any more (a running instance keeps its open file). */
    void removeUnused(FunctionCode code, Collection<FunctionCode> inUse) {
        if (!inUse.contains(code)) {
            try {
                Files.deleteIfExists(path(code));
            } catch (IOException e) {
                // A file left behind takes space but changes nothing.
            }
        }
    }

    private static boolean isZip(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            return zip.getNextEntry() != null;
        } catch (ZipException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
