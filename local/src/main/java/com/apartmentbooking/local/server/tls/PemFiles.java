package com.apartmentbooking.local.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Certificates and private keys as PEM files, the form curl, Node, OpenSSL and the AWS CLI read. Keys are PKCS #8
 * ({@code BEGIN PRIVATE KEY}) and only their owner may read them (mode 600 where the file system has POSIX modes).
 * Each file is written beside its place and moved there, so a reader never sees half a file. Plain JDK code: a start
 * that reuses the files does not load BouncyCastle, whose signed jars take most of a second to open.
 */
final class PemFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final String PRIVATE_KEY = "PRIVATE KEY";

    private PemFiles() {
    }

    static void writeCertificate(Path file, X509Certificate certificate) {
        try {
            write(file, pem(CERTIFICATE, certificate.getEncoded()), false);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the certificate for " + file, e);
        }
    }

    static void writeKey(Path file, PrivateKey key) {
        write(file, pem(PRIVATE_KEY, key.getEncoded()), true);
    }

    /** The first certificate in {@code file}. */
    static X509Certificate readCertificate(Path file) throws IOException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(block(file, CERTIFICATE)));
        } catch (CertificateException e) {
            throw new IOException(file + " holds no certificate this JVM can read", e);
        }
    }

    /** The unencrypted PKCS #8 private key in {@code file}, EC or RSA. */
    static PrivateKey readKey(Path file) throws IOException {
        PKCS8EncodedKeySpec encoded = new PKCS8EncodedKeySpec(block(file, PRIVATE_KEY));
        for (String algorithm : List.of("EC", "RSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(encoded);
            } catch (GeneralSecurityException notThisAlgorithm) {
                // Try the next one; PKCS #8 names the algorithm, but the JDK reads it only through a KeyFactory.
            }
        }
        throw new IOException(file + " holds no EC or RSA private key");
    }

    /** The bytes of the first {@code -----BEGIN type-----} block of {@code file}. */
    private static byte[] block(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int start = text.indexOf(begin);
        int stop = start < 0 ? -1 : text.indexOf(end, start);
        if (stop < 0) {
            throw new IOException(file + " holds no " + begin + " block");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), stop));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds a " + type + " block that is not Base64", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Written as a temporary file, which the JDK makes owner-only on POSIX file systems, then moved into place. */
    private static void write(Path file, String text, boolean ownerOnly) {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, ownerOnly ? OWNER_ONLY : WORLD_READABLE);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } finally {
            deleteIfLeft(temporary);
        }
    }

    private static void deleteIfLeft(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A stray temporary file is harmless: it is never read.
            }
        }
    }
}
