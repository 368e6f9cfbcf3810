package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body over the service's limit is refused with 413 and an empty body, as DynamoDB does, whether its
 * Content-Length announces it or it arrives chunked, and however much the client still has to send; a body of
 * exactly the limit is served.
 */
class FrontDoorSizeLimitTest {

    private static FrontDoor door;
    private static FrontDoorClient client;

    @BeforeAll
    static void start() {
        door = FrontDoor.builder().port(0).service(new EchoService()).build().start();
        client = new FrontDoorClient(door);
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void bodyOfExactlyTheLimitIsServed() throws Exception {
        assertEquals(200, client.post(EchoService.PREFIX + ".Echo", bodyOf(EchoService.MAX_REQUEST_BYTES)).statusCode());
    }

    @Test
    void announcedOversizedBodyIsRefused() throws Exception {
        HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Echo", bodyOf(EchoService.MAX_REQUEST_BYTES + 1));

        assertEquals(413, response.statusCode());
        assertEquals(0, response.body().length);
    }

    @Test
    void clientSendingFarMoreThanTheLimitStillGetsThe413() throws Exception {
        HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Echo", bodyOf(8 * 1024 * 1024));

        assertEquals(413, response.statusCode());
    }

    @Test
    void chunkedOversizedBodyIsRefused() throws Exception {
        byte[] body = bodyOf(EchoService.MAX_REQUEST_BYTES + 1).getBytes();
        HttpResponse<byte[]> response = client.send(client.request(EchoService.PREFIX + ".Echo")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertEquals(413, response.statusCode());
    }

    @Test
    void chunkedBodyFarOverTheLimitStillGetsThe413() throws Exception {
        byte[] body = bodyOf(8 * 1024 * 1024).getBytes();
        HttpResponse<byte[]> response = client.send(client.request(EchoService.PREFIX + ".Echo")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertEquals(413, response.statusCode());
        assertEquals(0, response.body().length);
    }

    /** A JSON object of exactly {@code size} bytes. */
    private static String bodyOf(long size) {
        String open = "{\"pad\":\"";
        String close = "\"}";
        return open + "x".repeat((int) size - open.length() - close.length()) + close;
    }
}
