package com.apartmentbooking.local.clock;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The operators' clock control: {@code GET /_local/clock} tells the runtime's time, {@code POST
 * /_local/clock/advance} with {@code {"seconds": n}} (or {@code ?seconds=n}) moves it forward, firing due timers
 * in order, and answers once they have fired. {@code n} is a number from 0 up to what takes the clock to
 * {@link RuntimeClock#LATEST}, in milliseconds at the finest; anything else is a 400 {@code {"message": ...}}
 * that changes nothing.
 */
public final class ClockEndpoint extends Handler.Abstract {

    public static final String PATH = "/_local/clock";
    private static final String ADVANCE = PATH + "/advance";

    private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(Long.MAX_VALUE);

    private final RuntimeClock clock;

    public ClockEndpoint(RuntimeClock clock) {
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (!(path.equals(ADVANCE) && method.equals("POST"))) {
            // Read first: Jetty closes a connection whose request body was left unread, under the client's next request.
            Content.Source.consumeAll(request);
        }
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
        Instant now;
        try {
            now = clock.advance(Duration.ofMillis(millis(seconds(request))));
        } catch (IllegalArgumentException invalid) {
            reply(response, callback, 400, error(invalid.getMessage()));
            return;
        }
        reply(response, callback, 200, time(now));
    }

    /** The seconds to advance by, from the query or the JSON body, exactly as given. */
    private static BigDecimal seconds(Request request) throws IOException {
        String text = Request.extractQueryParameters(request).getValue("seconds");
        if (text != null) {
            Content.Source.consumeAll(request);
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("seconds must be a number: " + text);
            }
        }
        String body = Content.Source.asString(request);
        JsonNode json;
        try {
            // WIRE keeps every digit, so 1e400 or 0.0005 is judged as sent, not as the nearest double.
            json = body.isBlank() ? null : Json.WIRE.readTree(body);
        } catch (IOException malformed) {
            throw new IllegalArgumentException("The body is not JSON: expected {\"seconds\": <number>}");
        }
        if (json == null || !json.path("seconds").isNumber()) {
            throw new IllegalArgumentException(
                    "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>");
        }
        return json.get("seconds").decimalValue();
    }

    /**
     * Whole milliseconds, the clock's resolution; a negative number or one beyond any representable advance is
     * handed on as the clock's own refusal, which names the range allowed now.
     */
    private long millis(BigDecimal seconds) {
        if (seconds.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException("seconds may have at most 3 decimal places: the clock counts milliseconds");
        }
        BigDecimal millis = seconds.movePointRight(3);
        if (millis.signum() < 0 || millis.compareTo(MAX_MILLIS) > 0) {
            throw new ClockOutOfRangeException(clock.now());
        }
        return millis.longValueExact();
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
