package com.apartmentbooking.local.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authority is made once and kept across starts, since users trust it by hand; the server certificate is
 * issued again whenever it would no longer serve.
 */
class TlsDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path directory;

    @Test
    void theFirstStartWritesTheAuthorityAndTheServerCertificateAsPem() throws Exception {
        TlsMaterial tls = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);

        assertTrue(tls.newAuthority());
        assertEquals(Optional.of(directory.resolve("ca.pem")), tls.caFile());
        assertEquals(tls.caCertificate(), readCertificate(directory.resolve("ca.pem")));
        assertEquals(tls.serverCertificate(), readCertificate(directory.resolve("server.pem")));
        assertTrue(Files.readString(directory.resolve("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----\n"));
        for (String key : List.of("ca-key.pem", "server-key.pem")) {
            assertTrue(Files.readString(directory.resolve(key)).startsWith("-----BEGIN PRIVATE KEY-----\n"), key);
            assertEquals("rw-------", permissions(directory.resolve(key)), key);
        }
        assertEquals("rw-r--r--", permissions(directory.resolve("ca.pem")));
        try (var files = Files.list(directory)) {
            assertEquals(4, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aRestartKeepsBothCertificates() {
        TlsMaterial first = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        TlsMaterial second = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW.plus(Duration.ofDays(100)));

        assertFalse(second.newAuthority());
        assertEquals(first.caCertificate(), second.caCertificate());
        assertEquals(first.serverCertificate(), second.serverCertificate());
    }

    @Test
    void aServerCertificateNearItsEndIsIssuedAgainByTheSameAuthority() throws Exception {
        TlsMaterial first = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        Instant later = NOW.plus(Duration.ofDays(370));
        TlsMaterial second = TlsMaterial.inDirectory(directory, "127.0.0.1", later);

        assertFalse(second.newAuthority());
        assertEquals(first.caCertificate(), second.caCertificate());
        assertNotEquals(first.serverCertificate().getSerialNumber(), second.serverCertificate().getSerialNumber());
        assertTrue(second.serverCertificate().getNotAfter().toInstant().isAfter(later.plus(Duration.ofDays(360))));
        second.serverCertificate().verify(second.caCertificate().getPublicKey());
        assertEquals(second.serverCertificate(), readCertificate(directory.resolve("server.pem")));
    }

    @Test
    void anotherBindAddressGetsACertificateForItsNames() throws Exception {
        TlsMaterial first = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        TlsMaterial second = TlsMaterial.inDirectory(directory, "192.0.2.10", NOW);
        TlsMaterial third = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);

        assertEquals(first.caCertificate(), second.caCertificate());
        assertTrue(second.serverCertificate().getSubjectAlternativeNames().contains(List.of(7, "192.0.2.10")));
        assertFalse(third.serverCertificate().getSubjectAlternativeNames().contains(List.of(7, "192.0.2.10")));
    }

    @Test
    void aMissingServerKeyIsReplacedWithANewCertificate() throws Exception {
        TlsMaterial first = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        Files.delete(directory.resolve("server-key.pem"));

        TlsMaterial second = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);

        assertEquals(first.caCertificate(), second.caCertificate());
        assertNotEquals(first.serverCertificate(), second.serverCertificate());
        assertTrue(Files.exists(directory.resolve("server-key.pem")));
    }

    @Test
    void aServerCertificateOfAnotherAuthorityIsReplaced(@TempDir Path other) throws Exception {
        TlsMaterial first = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        TlsMaterial foreign = TlsMaterial.inDirectory(other, "127.0.0.1", NOW);
        for (String file : List.of("ca.pem", "ca-key.pem")) {
            Files.copy(other.resolve(file), directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }

        TlsMaterial second = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);

        assertEquals(foreign.caCertificate(), second.caCertificate());
        assertNotEquals(first.serverCertificate(), second.serverCertificate());
        second.serverCertificate().verify(foreign.caCertificate().getPublicKey());
    }

    @Test
    void anAuthorityAtItsEndIsReplacedAndSaysSo() {
        TlsMaterial first = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        TlsMaterial second = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW.plus(Duration.ofDays(3640)));

        assertTrue(second.newAuthority());
        assertNotEquals(first.caCertificate(), second.caCertificate());
    }

    @Test
    void anAuthorityKeyThatCannotBeReadStopsTheStartWithWhatToDo() throws Exception {
        TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        Files.writeString(directory.resolve("ca-key.pem"), "not a key");
        String before = Files.readString(directory.resolve("ca.pem"));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TlsMaterial.inDirectory(directory, "127.0.0.1", NOW));

        assertTrue(refused.getMessage().startsWith("the local certificate authority in " + directory
                + " cannot be used: it cannot be read"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Delete " + directory
                + " to make a new one (clients must then trust the new ca.pem)"), refused.getMessage());
        assertEquals(before, Files.readString(directory.resolve("ca.pem")));
    }

    @Test
    void anAuthorityKeyOfAnotherCertificateStopsTheStart(@TempDir Path other) throws Exception {
        TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);
        TlsMaterial.inDirectory(other, "127.0.0.1", NOW);
        Files.copy(other.resolve("ca-key.pem"), directory.resolve("ca-key.pem"), StandardCopyOption.REPLACE_EXISTING);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TlsMaterial.inDirectory(directory, "127.0.0.1", NOW));

        assertTrue(refused.getMessage().contains("cannot be used: ca-key.pem is not the key of ca.pem"),
                refused.getMessage());
    }

    @Test
    void anAuthorityOfTheUsersOwnWithAnRsaKeyIsUsedAsItIs() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("O=mkcert development CA,CN=someone@somewhere");
        X509Certificate own = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.TEN, Date.from(NOW.minus(Duration.ofDays(1))), Date.from(NOW.plus(Duration.ofDays(3650))),
                name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        PemFiles.writeKey(directory.resolve("ca-key.pem"), keys.getPrivate());
        PemFiles.writeCertificate(directory.resolve("ca.pem"), own);

        TlsMaterial tls = TlsMaterial.inDirectory(directory, "127.0.0.1", NOW);

        assertFalse(tls.newAuthority());
        assertEquals(own, tls.caCertificate());
        assertEquals("SHA256withRSA", tls.serverCertificate().getSigAlgName());
        tls.serverCertificate().verify(keys.getPublic());
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static X509Certificate readCertificate(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
