package com.apartmentbooking.local.server.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * The local certificate authority and the front door's certificate, kept in one directory across starts. The
 * authority is made once and kept, since users trust it by hand; the server certificate is disposable and is issued
 * again whenever it would not serve: missing or unreadable, close to its end, for other names, or not signed by the
 * authority in the directory.
 */
final class TlsDirectory {

    static final String AUTHORITY_CERTIFICATE = "ca.pem";
    static final String AUTHORITY_KEY = "ca-key.pem";
    static final String SERVER_CERTIFICATE = "server.pem";
    static final String SERVER_KEY = "server-key.pem";
    /** A certificate this close to its end is replaced, so a runtime left running for weeks keeps a valid one. */
    static final Duration RENEW_WITHIN = Duration.ofDays(30);

    private TlsDirectory() {
    }

    static TlsMaterial open(Path directory, ServerNames names, Instant now) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local certificate authority's directory " + directory, e);
        }
        Path authorityFile = directory.resolve(AUTHORITY_CERTIFICATE);
        IssuedCertificate authority = Files.exists(authorityFile) ? readAuthority(directory) : null;
        boolean newAuthority = authority == null || !lastsBeyondRenewal(authority.certificate(), now);
        if (newAuthority) {
            authority = CertificateIssuer.newAuthority(now);
            // The key first: a certificate without its key would stop the next start.
            PemFiles.writeKey(directory.resolve(AUTHORITY_KEY), authority.privateKey());
            PemFiles.writeCertificate(authorityFile, authority.certificate());
        }
        IssuedCertificate server = newAuthority ? null : readServer(directory);
        if (server == null || !serves(server, authority, names, now)) {
            server = CertificateIssuer.serverCertificate(authority, names, now);
            PemFiles.writeKey(directory.resolve(SERVER_KEY), server.privateKey());
            PemFiles.writeCertificate(directory.resolve(SERVER_CERTIFICATE), server.certificate());
        }
        return new TlsMaterial(authority.certificate(), server, authorityFile, newAuthority);
    }

    /** The authority kept by an earlier start; one that cannot be used stops the start rather than being replaced. */
    private static IssuedCertificate readAuthority(Path directory) {
        IssuedCertificate authority;
        try {
            authority = new IssuedCertificate(PemFiles.readCertificate(directory.resolve(AUTHORITY_CERTIFICATE)),
                    PemFiles.readKey(directory.resolve(AUTHORITY_KEY)));
        } catch (IOException | RuntimeException unreadable) {
            throw unusableAuthority(directory, "it cannot be read (" + unreadable.getMessage() + ")");
        }
        if (authority.certificate().getBasicConstraints() < 0) {
            throw unusableAuthority(directory, AUTHORITY_CERTIFICATE + " is not a certificate authority's certificate");
        }
        if (!keyMatches(authority)) {
            throw unusableAuthority(directory, AUTHORITY_KEY + " is not the key of " + AUTHORITY_CERTIFICATE);
        }
        return authority;
    }

    private static IllegalStateException unusableAuthority(Path directory, String reason) {
        return new IllegalStateException("the local certificate authority in " + directory + " cannot be used: "
                + reason + ". Delete " + directory + " to make a new one (clients must then trust the new "
                + AUTHORITY_CERTIFICATE + ")");
    }

    private static IssuedCertificate readServer(Path directory) {
        try {
            return new IssuedCertificate(PemFiles.readCertificate(directory.resolve(SERVER_CERTIFICATE)),
                    PemFiles.readKey(directory.resolve(SERVER_KEY)));
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return null;
        }
    }

    private static boolean serves(IssuedCertificate server, IssuedCertificate authority, ServerNames names,
            Instant now) {
        X509Certificate certificate = server.certificate();
        return signedBy(certificate, authority.certificate())
                && keyMatches(server)
                && ServerNames.of(certificate).equals(names)
                && !certificate.getNotBefore().toInstant().isAfter(now)
                && lastsBeyondRenewal(certificate, now);
    }

    private static boolean lastsBeyondRenewal(X509Certificate certificate, Instant now) {
        return certificate.getNotAfter().toInstant().isAfter(now.plus(RENEW_WITHIN));
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate authority) {
        try {
            certificate.verify(authority.getPublicKey());
            return certificate.getIssuerX500Principal().equals(authority.getSubjectX500Principal());
        } catch (GeneralSecurityException notSignedByIt) {
            return false;
        }
    }

    /** Whether the private key is the one of the certificate's public key: it signs what the public key verifies. */
    private static boolean keyMatches(IssuedCertificate issued) {
        PrivateKey key = issued.privateKey();
        byte[] probe = "local certificate authority key check".getBytes(StandardCharsets.US_ASCII);
        try {
            String algorithm = CertificateIssuer.signatureAlgorithm(key);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException mismatched) {
            return false;
        }
    }
}
