package com.apartmentbooking.local.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.apartmentbooking.local.server.tls.TlsMaterial;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The runtime's one HTTP server (Jetty 12). A request first passes the {@link AccessGuard} (its {@code Host}, its
 * {@code Origin}, the operator endpoints' content type), then goes to the first that takes it of: the health check,
 * the CORS answers of the paths that declared {@link CorsRules}, the path routes in the order they were added, the
 * AWS query protocol handlers (told apart by their form-encoded {@code Action}), and the AWS JSON protocol
 * services (by {@code X-Amz-Target}), which answer everything else.
 *
 * <p>The one port speaks HTTP and HTTPS (so WS and WSS): a connection whose first bytes are a TLS handshake is
 * served over TLS with the {@link TlsMaterial}'s certificate, any other as plain HTTP. AppSync is HTTPS-only and its
 * clients (Amplify) turn a real-time endpoint into {@code wss://} whatever it was configured as, so both must answer.
 */
public final class FrontDoor implements AutoCloseable {

    public static final int DEFAULT_PORT = 4566;

    private final Server server;
    private final ServerConnector connector;
    private final String bindAddress;
    private final TlsMaterial tls;

    private FrontDoor(Builder builder) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("front-door");
        server = new Server(threads);
        tls = builder.tls != null ? builder.tls : TlsMaterial.inMemory(builder.bindAddress);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty caches a connection's header fields, Authorization among them; a signed request's Authorization
        // differs every time, so the cache filled and was cleared over and over, costing more than it saved.
        http.setHeaderCacheSize(0);
        // Every path reaches the routes, which answer it in their service's form after reading the body (a function
        // URL passes "//" to its function, as Lambda does). Jetty's own URI checks would refuse a NUL, an encoded
        // slash or an empty segment before the body is read, and closing on an unread body can reset the
        // connection under the answer.
        http.setUriCompliance(UriCompliance.UNSAFE);
        // Marks requests that came over TLS as https (the customizer leaves plain connections alone). No SNI host
        // check: a client that chose not to verify the certificate is served under any name, as a proxy would be.
        http.addCustomizer(new SecureRequestCustomizer(false));
        HttpConnectionFactory http11 = new HttpConnectionFactory(http);
        // TLS when the first bytes are a handshake, then HTTP/1.1 inside it; otherwise the next factory, plain HTTP.
        SslConnectionFactory tlsConnections = new SslConnectionFactory(tls.serverContext(), http11.getProtocol());
        connector = new ServerConnector(server, new DetectorConnectionFactory(tlsConnections), http11);
        connector.setHost(builder.bindAddress);
        connector.setPort(builder.port);
        server.addConnector(connector);
        List<Handler> handlers = new ArrayList<>();
        handlers.add(new CorsHandler(builder.cors, builder.allowedOrigins));
        handlers.add(new HealthHandler(builder.healthChecks, builder.rootHealthLine));
        handlers.addAll(builder.routes);
        handlers.addAll(builder.queryProtocols);
        handlers.add(new AwsJsonHandler(builder.services, builder.signatures));
        server.setHandler(new AccessGuard(builder.allowedHosts.withBindAddress(builder.bindAddress),
                builder.allowedOrigins, new Handler.Sequence(handlers)));
        // Jetty's own answers (bad request lines, handler failures) in the AWS JSON error shape, never HTML pages.
        server.setErrorHandler(new JsonErrorHandler());
        bindAddress = builder.bindAddress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving. */
    public FrontDoor start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("The front door could not start on " + bindAddress + ":" + connector.getPort(), e);
        }
        return this;
    }

    /** The bound port (the ephemeral one chosen when the builder said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base URI clients point their endpoint at, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        return endpoint("http");
    }

    /** The same port over TLS, e.g. {@code https://127.0.0.1:4566}, for clients trusting {@link #tls()}'s authority. */
    public URI httpsEndpoint() {
        return endpoint("https");
    }

    /** The certificate the front door presents over TLS and the authority that signed it. */
    public TlsMaterial tls() {
        return tls;
    }

    private URI endpoint(String scheme) {
        String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
        return URI.create(scheme + "://" + host + ":" + port());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The front door did not stop cleanly", e);
        }
    }

    /**
     * Configures a {@link FrontDoor}; defaults: loopback, port 4566, no services, no routes, a certificate authority
     * made in memory, loopback hosts and origins only.
     */
    public static final class Builder {

        private int port = DEFAULT_PORT;
        private String bindAddress = "127.0.0.1";
        private final Map<String, AwsJsonService> services = new LinkedHashMap<>();
        private final List<Handler> routes = new ArrayList<>();
        private final List<Handler> queryProtocols = new ArrayList<>();
        private final Map<String, HealthCheck> healthChecks = new LinkedHashMap<>();
        private final Map<String, CorsRules> cors = new LinkedHashMap<>();
        private TlsMaterial tls;
        private SigV4Verifier signatures;
        private String rootHealthLine;
        private AllowedHosts allowedHosts = AllowedHosts.loopback();
        private AllowedOrigins allowedOrigins = AllowedOrigins.loopback();

        private Builder() {
        }

        /** The port to listen on; 0 picks a free one (see {@link FrontDoor#port()}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to bind; loopback by default, so nothing outside the machine reaches the runtime. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        public Builder service(AwsJsonService service) {
            if (services.putIfAbsent(service.targetPrefix(), service) != null) {
                throw new IllegalArgumentException("Two services for target prefix " + service.targetPrefix());
            }
            return this;
        }

        /** Serves {@code pathPrefix} and everything below it with {@code handler} (GraphQL, WebSocket, console, ...). */
        public Builder route(String pathPrefix, Handler handler) {
            routes.add(new PathRoute(pathPrefix, handler));
            return this;
        }

        /**
         * Serves AWS query protocol requests (form-encoded {@code Action=...} on any path, such as SQS's) with
         * {@code handler}, after the path routes and before the AWS JSON services; it passes on what it does not take.
         */
        public Builder queryProtocol(Handler handler) {
            queryProtocols.add(handler);
            return this;
        }

        /** Has {@code GET /_local/health} fail, naming {@code component}, while {@code check} finds a problem. */
        public Builder healthCheck(String component, HealthCheck check) {
            healthChecks.put(component, check);
            return this;
        }

        /** Checks the signatures of the AWS JSON services that ask for it; without one, no signature is checked. */
        public Builder signatures(SigV4Verifier verifier) {
            this.signatures = verifier;
            return this;
        }

        /**
         * Answers {@code GET /} with this line, as an AWS endpoint answers its health check (DynamoDB's
         * {@code healthy: dynamodb.<region>.amazonaws.com }); without one, the AWS JSON protocol answers it (a 404).
         */
        public Builder rootHealthLine(String line) {
            this.rootHealthLine = line;
            return this;
        }

        /** The certificate to serve HTTPS and WSS with; without one, a new authority is made in memory at build. */
        public Builder tls(TlsMaterial tls) {
            this.tls = tls;
            return this;
        }

        /** Answers CORS under {@code pathPrefix} (whole path segments) for pages of the allowed origins. */
        public Builder cors(String pathPrefix, CorsRules rules) {
            cors.put(pathPrefix, rules);
            return this;
        }

        /** The {@code Host} names answered besides loopback names, AWS's host forms and the bind address. */
        public Builder allowedHosts(AllowedHosts hosts) {
            this.allowedHosts = hosts;
            return this;
        }

        /** The web origins allowed besides loopback ones. */
        public Builder allowedOrigins(AllowedOrigins origins) {
            this.allowedOrigins = origins;
            return this;
        }

        public FrontDoor build() {
            return new FrontDoor(this);
        }
    }
}
