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
    void aPathWithANulIsABadRequestNamedInTheHeaderAndTheBody() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(door.endpoint() + "/2015-03-31/functions/%00/configuration")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("BadRequest", response.headers().firstValue("x-amzn-ErrorType").orElse(null));
        assertEquals("{\"__type\":\"BadRequest\",\"message\":\"Bad Request\"}", response.body());
    }

    @Test
    void aDeletePathWithANulIsABadRequestInTheSameShape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(door.endpoint() + "/lambda-url/a%00b/orders")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("BadRequest", response.headers().firstValue("x-amzn-ErrorType").orElse(null));
        assertEquals("{\"__type\":\"BadRequest\",\"message\":\"Bad Request\"}", response.body());
    }

    @Test
    void pathsWithAnEncodedSlashOrAnEmptySegmentReachTheRoutesAndTheConnectionGoesOn() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            for (String path : new String[] {"/v1/apis/a%2Fb", "/v1/apis//x"}) {
                HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(URI.create(door.endpoint() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(door.endpoint() + "/"))
                        .header("X-Amz-Target", EchoService.PREFIX + ".Echo")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

                // No route takes these paths here, so the AWS JSON protocol answers, having read the body.
                assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", unknown.body(), path);
                assertEquals(200, next.statusCode(), path);
            }
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
