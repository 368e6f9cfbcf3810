package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the front door refuses before any service sees it carries its error type in {@code x-amzn-ErrorType} too, where
 * the REST-JSON clients (Lambda's, AppSync's) read it, so their SDKs name the error instead of an unknown one.
 */
class FrontDoorRefusalErrorTypeTest {

    private static FrontDoor door;

    @BeforeAll
    static void start() {
        door = FrontDoor.builder().port(0).service(new EchoService()).build().start();
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void anAmbiguousPathIsABadRequestNamedInTheHeaderAndTheBody() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(door.endpoint() + "/2015-03-31/functions//configuration")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("BadRequest", response.headers().firstValue("x-amzn-ErrorType").orElse(null));
        assertEquals("{\"__type\":\"BadRequest\",\"message\":\"Bad Request\"}", response.body());
    }

    @Test
    void anEncodedSlashInTheDeletePathIsABadRequestInTheSameShape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(door.endpoint() + "/lambda-url/a%2Fb/orders")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("BadRequest", response.headers().firstValue("x-amzn-ErrorType").orElse(null));
        assertEquals("{\"__type\":\"BadRequest\",\"message\":\"Bad Request\"}", response.body());
    }

    @Test
    void aClientMayGoOnAfterARefusedRequestWithABody() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
                    URI.create(door.endpoint() + "/v1/apis/%00x")).POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(door.endpoint() + "/"))
                    .header("X-Amz-Target", EchoService.PREFIX + ".Echo")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(400, refused.statusCode());
            assertEquals(200, next.statusCode());
        }
    }

    @Test
    void headersOverTheLimitAreNamedInTheHeaderAndTheBody() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(door.endpoint() + "/")).header("X-Big", "x".repeat(64 * 1024))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(431, response.statusCode());
        assertEquals("RequestHeaderFieldsTooLarge", response.headers().firstValue("x-amzn-ErrorType").orElse(null));
    }
}
