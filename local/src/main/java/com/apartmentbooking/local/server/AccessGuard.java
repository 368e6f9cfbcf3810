package com.apartmentbooking.local.server;

import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps web pages other than the user's own from driving the runtime, before any route sees a request:
 * <ul>
 * <li>a {@code Host} the front door does not answer ({@link AllowedHosts}) is refused, which stops DNS rebinding;
 * <li>a page of a disallowed origin ({@link AllowedOrigins}) may not send a state-changing request (any method but
 * GET, HEAD and OPTIONS), open a WebSocket connection or make a preflight, and what it may still request (a GET)
 * is answered without any {@code Access-Control-*} header, whoever wrote it (a function behind its URL, say);
 * <li>a state-changing request to the operator endpoints ({@code /_local/*}) must say it is JSON, which no page can
 * send across origins without a preflight.
 * </ul>
 * A request without {@code Host} (HTTP/1.0) or without {@code Origin} (SDKs, the CLI, function instances) is no
 * browser page's and passes those checks. So does a page of the runtime's own origin (its console, reached by a
 * host the user allowed): its {@code Origin} is the scheme and {@code Host} the request was made with, and that
 * host already passed the host check, so no rebound name gets this far.
 */
final class AccessGuard extends Handler.Wrapper {

    private static final System.Logger LOG = System.getLogger(AccessGuard.class.getName());
    private static final String OPERATOR_PATH = "/_local";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AllowedHosts hosts;
    private final AllowedOrigins origins;

    AccessGuard(AllowedHosts hosts, AllowedOrigins origins, Handler handler) {
        super(handler);
        this.hosts = hosts;
        this.origins = origins;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        AccessRefusal refusal = refusal(request);
        if (refusal != null) {
            // A browser shows its page a refused request as a bare CORS failure; the log says why.
            LOG.log(System.Logger.Level.INFO, "Refused {0} {1}: {2}", request.getMethod(),
                    Request.getPathInContext(request), refusal.message());
            // Read first: Jetty closes a connection whose request body was left unread, under the client's next request.
            Content.Source.consumeAll(request);
            refusal.write(response, callback);
            return true;
        }
        boolean allowedOrigin = allowedOrigin(request);
        return super.handle(request, allowedOrigin ? response : new WithoutCorsHeaders(request, response), callback);
    }

    /** The first check the request fails, or {@code null}. */
    private AccessRefusal refusal(Request request) {
        AccessRefusal refusal = hostRefusal(request);
        if (refusal == null) {
            refusal = originRefusal(request);
        }
        if (refusal == null) {
            refusal = operatorRefusal(request);
        }
        return refusal;
    }

    private AccessRefusal hostRefusal(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || hosts.allows(host)) {
            return null;
        }
        String name = LoopbackNames.hostOf(host);
        return AccessRefusal.forbidden("The local runtime does not answer requests for host '" + host
                + "': it answers localhost, *.localhost, 127.0.0.0/8, [::1], *.amazonaws.com and its --bind "
                + "address. " + (AllowedHosts.isNameable(name)
                        ? "To reach it by this name, start it with " + AllowedHosts.OPTION + " " + name + "."
                        : "Only " + AllowedHosts.OPTION + " * lets it through."));
    }

    /** A disallowed origin may still GET (its browser shows it nothing); anything else it asks for is refused. */
    private AccessRefusal originRefusal(Request request) {
        if (allowedOrigin(request)) {
            return null;
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String method = request.getMethod();
        String what = CorsHandler.isPreflight(request) ? "make cross-origin requests"
                : isWebSocketUpgrade(request) ? "open WebSocket connections"
                : isStateChanging(method) ? "send " + method + " requests" : null;
        return what == null ? null : AccessRefusal.forbidden("Pages of origin '" + origin + "' may not " + what
                + " to the local runtime: it allows http and https origins on localhost, *.localhost, 127.0.0.0/8 "
                + "and [::1]. " + (AllowedOrigins.isNameable(origin)
                        ? "To allow this one, start it with " + AllowedOrigins.OPTION + " " + origin + "."
                        : "Only " + AllowedOrigins.OPTION + " * allows it."));
    }

    /** No origin, an allowed one, or the runtime's own as this request reached it. */
    private boolean allowedOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null || origins.allows(origin)) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        return host != null && origin.equalsIgnoreCase((request.isSecure() ? "https://" : "http://") + host);
    }

    private static AccessRefusal operatorRefusal(Request request) {
        String method = request.getMethod();
        if (!isStateChanging(method) || !isOperatorPath(Request.getPathInContext(request)) || isJson(request)) {
            return null;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return AccessRefusal.unsupportedMediaType("The local runtime's operator endpoints (" + OPERATOR_PATH
                + "/*) take Content-Type: application/json; this " + method + " request sent "
                + (contentType == null ? "none" : "'" + contentType + "'") + ".");
    }

    private static boolean isStateChanging(String method) {
        return !SAFE_METHODS.contains(method);
    }

    private static boolean isWebSocketUpgrade(Request request) {
        return request.getHeaders().contains(HttpHeader.UPGRADE, "websocket");
    }

    private static boolean isOperatorPath(String path) {
        return path.equals(OPERATOR_PATH) || path.startsWith(OPERATOR_PATH + "/");
    }

    /** {@code application/json}, with a charset or any other parameter. */
    private static boolean isJson(Request request) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return mediaType.trim().toLowerCase(Locale.ROOT).equals("application/json");
    }

    /** A response whose headers never take an {@code Access-Control-*} field. */
    private static final class WithoutCorsHeaders extends Response.Wrapper {

        private final HttpFields.Mutable headers;

        WithoutCorsHeaders(Request request, Response response) {
            super(request, response);
            headers = new HttpFields.Mutable.Wrapper(response.getHeaders()) {
                @Override
                public HttpField onAddField(HttpField field) {
                    return isCors(field) ? null : field;
                }

                @Override
                public HttpField onReplaceField(HttpField oldField, HttpField newField) {
                    return isCors(newField) ? null : newField;
                }
            };
        }

        @Override
        public HttpFields.Mutable getHeaders() {
            return headers;
        }

        private static boolean isCors(HttpField field) {
            return field.getName().regionMatches(true, 0, "Access-Control-", 0, "Access-Control-".length());
        }
    }
}
