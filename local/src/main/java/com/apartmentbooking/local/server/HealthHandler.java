package com.apartmentbooking.local.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /_local/health}: lets scripts and tests wait until the runtime answers. */
final class HealthHandler extends Handler.Abstract.NonBlocking {

    static final String PATH = "/_local/health";
    private static final byte[] OK = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"GET".equals(request.getMethod()) || !PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(OK), callback);
        return true;
    }
}
