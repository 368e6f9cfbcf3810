package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.appsync.auth.AuthRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * AppSync's real-time endpoint: takes the WebSocket upgrade requests addressed to it (see
 * {@link RealtimeAddress}) and speaks AppSync's real-time protocol on them, for the APIs the
 * {@link SubscriptionGateway} serves. Every other request, a GraphQL POST to {@code /graphql} included, it leaves
 * to the next handler, so it goes first on the GraphQL route:
 * {@code route("/graphql", new Handler.Sequence(realtimeEndpoint, graphqlHandler))}.
 *
 * <p>Keep-alives and the connection timeout are transport timing, in real time, not on the runtime's clock.
 */
public final class RealtimeEndpoint extends Handler.Abstract {

    /** How often AppSync sends {@code ka}. */
    public static final Duration KEEP_ALIVE_INTERVAL = Duration.ofMinutes(1);
    /** How far a connection's client may fall behind in reading before the connection is dropped. */
    public static final long MAX_QUEUED_BYTES = 8L * 1024 * 1024;

    static final String SUBPROTOCOL = "graphql-ws";

    private final SubscriptionGateway gateway;
    private final Duration keepAliveInterval;
    private final long maxQueuedBytes;
    private ServerWebSocketContainer container;

    /** An endpoint with AppSync's keep-alive interval and the default queue limit. */
    public RealtimeEndpoint(SubscriptionGateway gateway) {
        this(gateway, KEEP_ALIVE_INTERVAL, MAX_QUEUED_BYTES);
    }

    /**
     * @param keepAliveInterval how often each connection is sent {@code ka}
     * @param maxQueuedBytes how many bytes of frames may wait for a connection's client before it is dropped
     */
    public RealtimeEndpoint(SubscriptionGateway gateway, Duration keepAliveInterval, long maxQueuedBytes) {
        if (keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
            throw new IllegalArgumentException("The keep-alive interval must be positive: " + keepAliveInterval);
        }
        if (maxQueuedBytes <= 0) {
            throw new IllegalArgumentException("The queue limit must be positive: " + maxQueuedBytes);
        }
        this.gateway = gateway;
        this.keepAliveInterval = keepAliveInterval;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    @Override
    protected void doStart() throws Exception {
        // The server's one WebSocket container (created on first use), shared by every WebSocket handler.
        container = ServerWebSocketContainer.ensure(getServer());
        super.doStart();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String host = host(request);
        Optional<RealtimeAddress> address = RealtimeAddress.of(path, host);
        if (address.isEmpty()) {
            return false;
        }
        // Answers false, leaving the request to the next handler, unless it is a WebSocket upgrade.
        return container.upgrade((upgrade, upgradeResponse, upgradeCallback) ->
                connection(address.get(), path, host, upgrade, upgradeResponse), request, response, callback);
    }

    private Object connection(RealtimeAddress address, String path, String host, ServerUpgradeRequest request,
            ServerUpgradeResponse response) {
        List<String> offered = request.getSubProtocols();
        if (offered.isEmpty()) {
            return new RefusedConnection(ProtocolErrors.noProtocol(), true);
        }
        if (!offered.contains(SUBPROTOCOL)) {
            return new RefusedConnection(ProtocolErrors.subProtocolNotSupported(), true);
        }
        response.setAcceptedSubProtocol(SUBPROTOCOL);
        Optional<Map<String, String>> header =
                ConnectionHeader.decode(request.getHttpURI().getQuery(), offered, request.getHeaders());
        if (header.isEmpty()) {
            return new RefusedConnection(ProtocolErrors.invalidHeader(), false);
        }
        String sourceIp = Request.getRemoteAddr(request);
        AuthRequest authorization = new AuthRequest("POST", address.connectPath(), "", header.get(),
                "{}".getBytes(StandardCharsets.UTF_8), sourceIp);
        RealtimeApi api;
        try {
            api = gateway.connect(path, host, authorization);
        } catch (RealtimeRefusal refusal) {
            return new RefusedConnection(refusal.errors(), false);
        }
        return new RealtimeConnection(api, sourceIp, getServer().getScheduler(), keepAliveInterval, maxQueuedBytes);
    }

    private static String host(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        return host != null ? host : request.getHttpURI().getAuthority();
    }
}
