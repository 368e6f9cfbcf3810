package com.apartmentbooking.local.server.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** The certificates as a TLS client and a user looking at them see them: names, purposes, validity, the chain. */
class TlsMaterialTest {

    private static final int DNS = 2;
    private static final int IP = 7;
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

    @Test
    void theServerCertificateNamesLocalhostAndBothLoopbackAddresses() throws Exception {
        X509Certificate server = TlsMaterial.inMemory("127.0.0.1").serverCertificate();

        assertEquals(List.of(List.of(DNS, "localhost"), List.of(IP, "0:0:0:0:0:0:0:1"), List.of(IP, "127.0.0.1")),
                List.copyOf(server.getSubjectAlternativeNames()));
    }

    @Test
    void anotherBindAddressIsNamedToo() throws Exception {
        assertTrue(TlsMaterial.inMemory("192.0.2.10").serverCertificate().getSubjectAlternativeNames()
                .contains(List.of(IP, "192.0.2.10")));
        assertTrue(TlsMaterial.inMemory("[fd00::7]").serverCertificate().getSubjectAlternativeNames()
                .contains(List.of(IP, "fd00:0:0:0:0:0:0:7")));
        assertTrue(TlsMaterial.inMemory("Booking.Local").serverCertificate().getSubjectAlternativeNames()
                .contains(List.of(DNS, "booking.local")));
    }

    @Test
    void aWildcardBindAddressAddsNoName() throws Exception {
        assertEquals(3, TlsMaterial.inMemory("0.0.0.0").serverCertificate().getSubjectAlternativeNames().size());
        assertEquals(3, TlsMaterial.inMemory("::").serverCertificate().getSubjectAlternativeNames().size());
    }

    @Test
    void theServerCertificateIsForServerAuthenticationWithinWhatBrowsersAccept() throws Exception {
        X509Certificate server = TlsMaterial.inMemory("127.0.0.1").serverCertificate();

        assertEquals(List.of(SERVER_AUTH), server.getExtendedKeyUsage());
        assertEquals(-1, server.getBasicConstraints());
        assertTrue(server.getKeyUsage()[0], "digitalSignature");
        Duration validity = Duration.between(server.getNotBefore().toInstant(), server.getNotAfter().toInstant());
        assertTrue(validity.compareTo(Duration.ofDays(398)) <= 0, validity.toString());
        assertTrue(validity.compareTo(Duration.ofDays(397)) >= 0, validity.toString());
        assertEquals("EC", server.getPublicKey().getAlgorithm());
        assertEquals("SHA256withECDSA", server.getSigAlgName());
    }

    @Test
    void theAuthorityMaySignCertificatesAndNothingElse() {
        X509Certificate authority = TlsMaterial.inMemory("127.0.0.1").caCertificate();

        assertTrue(authority.getBasicConstraints() >= 0, "CA:true");
        boolean[] usage = authority.getKeyUsage();
        assertArrayEquals(new boolean[] {false, false, false, false, false, true, true}, Arrays.copyOf(usage, 7));
        assertEquals(authority.getSubjectX500Principal(), authority.getIssuerX500Principal());
        assertDoesNotThrow(() -> authority.verify(authority.getPublicKey()));
    }

    @Test
    void aClientTrustingOnlyTheAuthorityAcceptsTheServerCertificate() throws Exception {
        TlsMaterial tls = TlsMaterial.inMemory("127.0.0.1");
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(tls.trustStore());
        X509TrustManager trust = (X509TrustManager) factory.getTrustManagers()[0];
        X509Certificate[] chain = {tls.serverCertificate()};

        assertDoesNotThrow(() -> trust.checkServerTrusted(chain, "ECDHE_ECDSA"));
        assertEquals(tls.caCertificate().getSubjectX500Principal(), tls.serverCertificate().getIssuerX500Principal());
    }

    @Test
    void materialMadeInMemoryHasNoFile() {
        TlsMaterial tls = TlsMaterial.inMemory("127.0.0.1");

        assertTrue(tls.caFile().isEmpty());
        assertTrue(tls.newAuthority());
    }
}
