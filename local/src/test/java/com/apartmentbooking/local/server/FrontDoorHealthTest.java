package com.apartmentbooking.local.server;

import static com.apartmentbooking.local.server.FrontDoorClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /_local/health} answers ok only while every registered check finds nothing wrong. */
class FrontDoorHealthTest {

    private final AtomicReference<String> clockProblem = new AtomicReference<>();
    private FrontDoor door;
    private FrontDoorClient client;

    @BeforeEach
    void start() {
        door = FrontDoor.builder().port(0)
                .healthCheck("clock", () -> Optional.ofNullable(clockProblem.get()))
                .healthCheck("store", Optional::empty)
                .healthCheck("broken check", () -> {
                    throw new IllegalStateException("closed");
                })
                .build().start();
        client = new FrontDoorClient(door);
    }

    @AfterEach
    void stop() {
        door.close();
    }

    @Test
    void everyFailingComponentIsNamedWithWhatIsWrong() throws Exception {
        clockProblem.set("the timer thread has stopped");

        HttpResponse<byte[]> response = client.get("/_local/health");

        assertEquals(503, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"status\":\"failing\",\"problems\":{\"clock\":\"the timer thread has stopped\","
                + "\"broken check\":\"the health check failed: java.lang.IllegalStateException: closed\"}}", text(response));
    }

    @Test
    void aHealthCheckSentWithABodyEndsItsConnectionAfterTheAnswer() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + door.port() + "/_local/health"))
                        .method("GET", HttpRequest.BodyPublishers.ofString("{\"unread\": true}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(503, response.statusCode());
        assertEquals("close", response.headers().firstValue("Connection").orElse(null));
    }

    @Test
    void okOnceNoCheckFindsAProblem() throws Exception {
        door.close();
        door = FrontDoor.builder().port(0).healthCheck("clock", Optional::empty).build().start();
        client = new FrontDoorClient(door);

        HttpResponse<byte[]> response = client.get("/_local/health");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\"}", text(response));
    }
}
