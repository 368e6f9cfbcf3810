package com.apartmentbooking.local.server.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * What the front door needs for HTTPS and WSS: a certificate for the names clients reach it by, its key, and the local
 * certificate authority that signed it, which clients trust. Kept in a directory across starts
 * ({@link #inDirectory}), or made afresh in memory ({@link #inMemory}) where nothing is kept.
 */
public final class TlsMaterial {

    /** The file of {@link #inDirectory}'s directory that clients trust: the authority's certificate, PEM. */
    public static final String CA_FILE = TlsDirectory.AUTHORITY_CERTIFICATE;

    private static final String KEY_ALIAS = "front-door";
    /** Protects the key only inside this JVM's in-memory key store, which JSSE requires to have a password. */
    private static final char[] KEY_STORE_PASSWORD = "local".toCharArray();

    private final X509Certificate authority;
    private final IssuedCertificate server;
    private final Path caFile;
    private final boolean newAuthority;

    TlsMaterial(X509Certificate authority, IssuedCertificate server, Path caFile, boolean newAuthority) {
        this.authority = authority;
        this.server = server;
        this.caFile = caFile;
        this.newAuthority = newAuthority;
    }

    /**
     * The authority and server certificate kept in {@code directory} (see the README: {@code ca.pem} is the file to
     * trust), made there on the first start; the server certificate is issued again when it nears its end or
     * {@code bindAddress} asks for other names.
     *
     * @throws IllegalStateException when the directory holds an authority that cannot be used, with what to do
     */
    public static TlsMaterial inDirectory(Path directory, String bindAddress) {
        return inDirectory(directory, bindAddress, Instant.now());
    }

    /** As {@link #inDirectory(Path, String)} at {@code now} (the wall clock's time: clients check validity on it). */
    static TlsMaterial inDirectory(Path directory, String bindAddress, Instant now) {
        return TlsDirectory.open(directory, ServerNames.forBindAddress(bindAddress), now);
    }

    /** A new authority and server certificate, kept nowhere: clients of this runtime trust {@link #caCertificate()}. */
    public static TlsMaterial inMemory(String bindAddress) {
        Instant now = Instant.now();
        IssuedCertificate authority = CertificateIssuer.newAuthority(now);
        IssuedCertificate server = CertificateIssuer.serverCertificate(authority,
                ServerNames.forBindAddress(bindAddress), now);
        return new TlsMaterial(authority.certificate(), server, null, true);
    }

    /** The local certificate authority's certificate, the one clients trust. */
    public X509Certificate caCertificate() {
        return authority;
    }

    /** The certificate the front door presents. */
    public X509Certificate serverCertificate() {
        return server.certificate();
    }

    /** The authority's certificate as a PEM file, when the material is kept in a directory. */
    public Optional<Path> caFile() {
        return Optional.ofNullable(caFile);
    }

    /** Whether this start made the authority, so clients that trusted an earlier one must trust this one. */
    public boolean newAuthority() {
        return newAuthority;
    }

    /** A key store holding only the authority's certificate, for a JVM client's trust managers. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("local-ca", authority);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot make a trust store of the local certificate authority", e);
        }
    }

    /**
     * Loads the JDK's TLS implementation (its classes and default context), which the front door's first TLS
     * context would otherwise load while the port waits to open; returns whether it could.
     */
    public static boolean loadTlsEngine() {
        try {
            SSLContext.getDefault().createSSLEngine();
            return true;
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }

    /** Jetty's TLS settings for a server presenting the certificate, with the authority's in the chain it sends. */
    public SslContextFactory.Server serverContext() {
        SslContextFactory.Server context = new SslContextFactory.Server();
        try {
            // JKS, not PKCS12: the store never leaves memory, and PKCS12's password-based key encryption (PBKDF2,
            // ten thousand rounds to store the key and as many to read it) is costly work of every start.
            KeyStore keys = KeyStore.getInstance("JKS");
            keys.load(null, null);
            keys.setKeyEntry(KEY_ALIAS, server.privateKey(), KEY_STORE_PASSWORD,
                    new Certificate[] {server.certificate(), authority});
            context.setKeyStore(keys);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot hold the front door's key for TLS", e);
        }
        context.setKeyStorePassword(new String(KEY_STORE_PASSWORD));
        return context;
    }
}
