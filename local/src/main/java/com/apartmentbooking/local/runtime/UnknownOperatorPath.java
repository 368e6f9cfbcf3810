package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The rest of the operators' namespace {@code /_local}: a path the runtime has no endpoint for is a 404 in the operator
 * endpoints' own {@code {"message": ...}} form naming those there are, not an AWS protocol's error.
 */
final class UnknownOperatorPath extends Handler.Abstract {

    static final String PREFIX = "/_local";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Read first: Jetty closes a connection whose request body was left unread, under the client's next request.
        Content.Source.consumeAll(request);
        String message = "No operator endpoint at " + Request.getPathInContext(request)
                + "; there are GET /_local/health, GET /_local/clock and POST /_local/clock/advance";
        response.setStatus(404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.DATA.createObjectNode().put("message", message).toString()
                .getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
