package com.apartmentbooking.local.console;

import com.apartmentbooking.local.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The operators' console at {@code /console}: one page and its scripts, served read-only from the runtime's jar.
 * The page calls the runtime's own AWS APIs and {@code /_local/clock} from the same origin, so it passes the front
 * door's access guard as any page of the user's own does, and signs its AWS calls with what
 * {@code /console/settings.json} gives it ({@link ConsoleSettings}). {@code /console} and {@code /console/} are the
 * page; anything else under {@code /console/} that is not one of its files is a 404 {@code {"message": ...}}.
 */
public final class ConsoleHandler extends Handler.Abstract.NonBlocking {

    public static final String PATH = "/console";

    // Only the runtime's own origin: the page works offline and nothing else may load into it or frame it.
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final ConsoleAssets assets = new ConsoleAssets();
    private final ConsoleAssets.Asset settings;

    public ConsoleHandler(ConsoleSettings settings) {
        this.settings = new ConsoleAssets.Asset(ConsoleSettings.NAME, "application/json", settings.json());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() != 0) {
            // Jetty closes a connection whose request body was left unread, possibly under the client's next request;
            // saying so lets the client open another (reading the body here would block this non-blocking handler).
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            error(response, callback, 405, "The console is read-only: use GET " + PATH);
            return true;
        }
        String path = Request.getPathInContext(request);
        String name = path.equals(PATH) || path.equals(PATH + "/") ? ConsoleAssets.PAGE
                : path.substring(PATH.length() + 1);
        Optional<ConsoleAssets.Asset> asset = name.equals(ConsoleSettings.NAME) ? Optional.of(settings)
                : assets.named(name);
        if (asset.isEmpty()) {
            error(response, callback, 404, "The console has no file " + path + "; its page is " + PATH);
            return true;
        }
        byte[] bytes = asset.get().bytes();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.get().contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        // The runtime's jar may change between two starts on the same port; revalidating costs nothing locally.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, method.equals("HEAD") ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
        return true;
    }

    private static void error(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        byte[] body = Json.WIRE.createObjectNode().put("message", message).toString()
                .getBytes(StandardCharsets.UTF_8);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
