package com.apartmentbooking.local.server.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A certificate and the private key of its public key. */
record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey) {
}
