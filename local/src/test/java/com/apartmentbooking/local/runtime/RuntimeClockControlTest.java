package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime serves the clock control, and its health check says when the clock no longer works. */
class RuntimeClockControlTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workDirectory;

    @Test
    void aRefusedAdvanceLeavesTheRuntimeHealthyAndAStoppedClockMakesItUnhealthy() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults(OneTableTemplate.writeTo(workDirectory))
                .withPort(0);
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            String before = send(runtime, "GET", "/_local/clock", null).body();

            HttpResponse<String> refused = send(runtime, "POST", "/_local/clock/advance", "{\"seconds\": 1e300}");

            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("(the clock may not pass 9999-12-31T23:59:59Z;"), refused.body());
            HttpResponse<String> after = send(runtime, "GET", "/_local/clock", null);
            assertEquals(200, after.statusCode());
            assertEquals(before.replaceAll("\"now\":\"[^\"]*\",\"epochMillis\":\\d+,", ""),
                    after.body().replaceAll("\"now\":\"[^\"]*\",\"epochMillis\":\\d+,", ""));
            assertEquals(200, send(runtime, "GET", "/_local/health", null).statusCode());

            runtime.clock().close();

            HttpResponse<String> health = send(runtime, "GET", "/_local/health", null);
            assertEquals(503, health.statusCode());
            assertEquals("{\"status\":\"failing\",\"problems\":{\"clock\":"
                    + "\"the timer thread has stopped: timers no longer fire as time passes\"}}", health.body());
        }
    }

    private HttpResponse<String> send(LocalRuntime runtime, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(runtime.endpoint() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
