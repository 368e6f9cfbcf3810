package com.apartmentbooking.local.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Hands the requests under one path prefix ({@code /graphql}, {@code /console}, ...) to their own handler;
 * the prefix matches whole path segments, so {@code /console} takes {@code /console/x} but not {@code /consoles}.
 */
final class PathRoute extends Handler.Wrapper {

    private final String prefix;

    PathRoute(String prefix, Handler handler) {
        super(handler);
        if (!prefix.startsWith("/") || (prefix.length() > 1 && prefix.endsWith("/"))) {
            throw new IllegalArgumentException("A route prefix starts with '/' and does not end with one: " + prefix);
        }
        this.prefix = prefix;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean matches = prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
        return matches && super.handle(request, response, callback);
    }
}
