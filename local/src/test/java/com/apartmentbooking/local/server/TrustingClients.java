package com.apartmentbooking.local.server;

import com.apartmentbooking.local.server.tls.TlsMaterial;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** Clients that trust the front door's local certificate authority and nothing else, as a user who imported ca.pem. */
final class TrustingClients {

    private TrustingClients() {
    }

    static TrustManager[] trustManagers(TlsMaterial tls) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(tls.trustStore());
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SSLContext sslContext(TlsMaterial tls) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(tls), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpClient httpClient(TlsMaterial tls) {
        return HttpClient.newBuilder().sslContext(sslContext(tls)).build();
    }
}
