package com.apartmentbooking.local.server.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the local certificate authority and the server certificates it signs: EC P-256 keys, SHA-256 ECDSA
 * signatures, through the platform's own crypto providers (BouncyCastle only builds the X.509 structures).
 */
final class CertificateIssuer {

    /** Long enough that users trust the authority once; it is replaced only when it runs out. */
    static final Duration AUTHORITY_VALIDITY = Duration.ofDays(3650);
    /** Under the 398 days that Apple's and Chrome's TLS clients accept for a server certificate. */
    static final Duration SERVER_VALIDITY = Duration.ofDays(397);
    /** Back-dating, so a client whose clock is a little behind does not see a certificate "not yet valid". */
    static final Duration BACKDATE = Duration.ofHours(1);

    private static final String ORGANIZATION = "Apartment Booking local runtime";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {
    }

    /** A new self-signed authority, named with its creation date so that users can tell two apart in a trust store. */
    static IssuedCertificate newAuthority(Instant now) {
        KeyPair keys = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANIZATION)
                .addRDN(BCStyle.CN, ORGANIZATION + " CA " + LocalDate.ofInstant(now, ZoneOffset.UTC))
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(AUTHORITY_VALIDITY)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new IssuedCertificate(sign(builder, keys.getPrivate()), keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot make the local certificate authority", e);
        }
    }

    /**
     * A server certificate for {@code names}, signed by {@code authority}; it ends no later than the authority, since
     * clients refuse a chain whose authority has expired.
     */
    static IssuedCertificate serverCertificate(IssuedCertificate authority, ServerNames names, Instant now) {
        KeyPair keys = newKeyPair();
        X509Certificate issuer = authority.certificate();
        Instant end = now.plus(SERVER_VALIDITY);
        if (end.isAfter(issuer.getNotAfter().toInstant())) {
            end = issuer.getNotAfter().toInstant();
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANIZATION)
                .addRDN(BCStyle.CN, "localhost")
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                    Date.from(now.minus(BACKDATE)), Date.from(end), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, generalNames(names))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuer))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new IssuedCertificate(sign(builder, authority.privateKey()), keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue the front door's certificate", e);
        }
    }

    /** The subject alternative names, host names first, each group in order. */
    private static GeneralNames generalNames(ServerNames names) {
        List<GeneralName> general = new ArrayList<>();
        new TreeSet<>(names.dnsNames()).forEach(name -> general.add(new GeneralName(GeneralName.dNSName, name)));
        new TreeSet<>(names.ipAddresses()).forEach(ip -> general.add(new GeneralName(GeneralName.iPAddress, ip)));
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(signatureAlgorithm(signer)).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** SHA-256 with the signer's algorithm: EC for an authority made here, RSA for one a user brought (mkcert's). */
    static String signatureAlgorithm(PrivateKey signer) {
        return "RSA".equals(signer.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make EC P-256 keys", e);
        }
    }

    /** 128 random bits, made positive and non-zero: unique without a counter to keep, within RFC 5280's 20 octets. */
    private static BigInteger serialNumber() {
        return new BigInteger(128, RANDOM).add(BigInteger.ONE);
    }
}
