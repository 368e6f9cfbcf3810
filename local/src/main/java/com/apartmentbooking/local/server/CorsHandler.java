package com.apartmentbooking.local.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one writer of CORS headers: on the paths that declared {@link CorsRules}, a request from an allowed origin
 * gets {@code Access-Control-Allow-Origin} (its own origin, or {@code *} when every origin is allowed) before its
 * route answers, and a preflight is answered here. Any other request passes untouched, so a disallowed origin's
 * pages get nothing that lets the browser show them the answer.
 */
final class CorsHandler extends Handler.Abstract.NonBlocking {

    private final Map<String, CorsRules> rulesByPrefix;
    private final AllowedOrigins origins;

    CorsHandler(Map<String, CorsRules> rulesByPrefix, AllowedOrigins origins) {
        this.rulesByPrefix = new LinkedHashMap<>(rulesByPrefix);
        this.origins = origins;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        CorsRules rules = rules(Request.getPathInContext(request));
        if (origin == null || rules == null || !origins.allows(origin)) {
            return false;
        }
        if (origins.allowsAll()) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.getHeaders().add(HttpHeader.VARY, "Origin");
        }
        if (!isPreflight(request)) {
            return false;
        }
        // The headers a preflight asks for are allowed: the services authenticate what is sent, not its names.
        String requested = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS,
                requested == null ? rules.headers() : requested);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, rules.methods());
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, Long.toString(rules.maxAgeSeconds()));
        response.setStatus(200);
        callback.succeeded();
        return true;
    }

    static boolean isPreflight(Request request) {
        return request.getMethod().equals("OPTIONS")
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
    }

    private CorsRules rules(String path) {
        for (Map.Entry<String, CorsRules> entry : rulesByPrefix.entrySet()) {
            String prefix = entry.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return entry.getValue();
            }
        }
        return null;
    }
}
