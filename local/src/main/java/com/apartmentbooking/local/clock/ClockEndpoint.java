package com.apartmentbooking.local.clock;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The operators' clock control: {@code GET /_local/clock} tells the runtime's time, {@code POST
 * /_local/clock/advance} with {@code {"seconds": n}} (or {@code ?seconds=n}) moves it forward, firing due timers
 * in order, and answers once they have fired.
 */
public final class ClockEndpoint extends Handler.Abstract {

    public static final String PATH = "/_local/clock";
    private static final String ADVANCE = PATH + "/advance";

    private final RuntimeClock clock;

    public ClockEndpoint(RuntimeClock clock) {
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.equals(PATH) && method.equals("GET")) {
            reply(response, callback, 200, time(clock.now()));
        } else if (path.equals(ADVANCE) && method.equals("POST")) {
            advance(request, response, callback);
        } else if (path.equals(PATH) || path.equals(ADVANCE)) {
            reply(response, callback, 405, error("Use GET " + PATH + " or POST " + ADVANCE));
        } else {
            reply(response, callback, 404, error("No such clock operation: " + path));
        }
        return true;
    }

    private void advance(Request request, Response response, Callback callback) throws IOException {
        Double seconds;
        try {
            seconds = seconds(request);
        } catch (IllegalArgumentException invalid) {
            reply(response, callback, 400, error(invalid.getMessage()));
            return;
        }
        Instant now = clock.advance(Duration.ofMillis(Math.round(seconds * 1000)));
        reply(response, callback, 200, time(now));
    }

    /** The seconds to advance by, from the query or the JSON body; a positive finite number. */
    private static double seconds(Request request) throws IOException {
        Fields query = Request.extractQueryParameters(request);
        String text = query.getValue("seconds");
        double seconds;
        if (text != null) {
            seconds = parse(text);
        } else {
            String body = Content.Source.asString(request);
            JsonNode json;
            try {
                json = body.isBlank() ? null : Json.DATA.readTree(body);
            } catch (IOException malformed) {
                throw new IllegalArgumentException("The body is not JSON: expected {\"seconds\": <number>}");
            }
            if (json == null || !json.path("seconds").isNumber()) {
                throw new IllegalArgumentException("Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>");
            }
            seconds = json.get("seconds").asDouble();
        }
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be a number of at least 0; the clock cannot go back");
        }
        return seconds;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("seconds must be a number: " + text);
        }
    }

    private ObjectNode time(Instant now) {
        ObjectNode body = Json.DATA.createObjectNode();
        body.put("now", now.toString());
        body.put("epochMillis", now.toEpochMilli());
        body.put("offsetSeconds", clock.offset().toMillis() / 1000.0);
        return body;
    }

    private static ObjectNode error(String message) {
        return Json.DATA.createObjectNode().put("message", message);
    }

    private static void reply(Response response, Callback callback, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.DATA.writeValueAsBytes(body)), callback);
    }
}
