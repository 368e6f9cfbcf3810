package com.apartmentbooking.local.server;

import static com.apartmentbooking.local.server.FrontDoorClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headers clients rely on: x-amzn-RequestId (the same id the service saw), x-amz-crc32 (which the
 * DynamoDB SDK checks against the body), and the SigV4 credential scope passed on to the service unverified.
 */
class FrontDoorHeadersTest {

    private static FrontDoor door;
    private static FrontDoorClient client;

    @BeforeAll
    static void start() {
        door = FrontDoor.builder().port(0)
                .service(new EchoService())
                .service(new EchoService("NoCrc_1", "1.1", false))
                .build().start();
        client = new FrontDoorClient(door);
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void crc32IsTheChecksumOfTheBodyOnAnswersAndErrors() throws Exception {
        for (String operation : new String[] {"Echo", "Fail", "NoSuchOperation"}) {
            HttpResponse<byte[]> response = client.post(EchoService.PREFIX + "." + operation, "{\"x\":\"é\"}");
            CRC32 crc = new CRC32();
            crc.update(response.body());

            assertEquals(Long.toString(crc.getValue()), response.headers().firstValue("x-amz-crc32").orElseThrow(), operation);
        }
    }

    @Test
    void serviceCanLeaveTheCrc32Out() throws Exception {
        HttpResponse<byte[]> response = client.post("NoCrc_1.Echo", "{}");

        assertTrue(response.headers().firstValue("x-amz-crc32").isEmpty());
    }

    @Test
    void requestIdHeaderIsTheIdTheServiceSawAndNewEachTime() throws Exception {
        HttpResponse<byte[]> first = client.post(EchoService.PREFIX + ".Echo", "{}");
        HttpResponse<byte[]> second = client.post(EchoService.PREFIX + ".Echo", "{}");
        String firstId = first.headers().firstValue("x-amzn-RequestId").orElseThrow();

        assertEquals(firstId, json(first).get("requestId").asText());
        assertTrue(firstId.matches("[A-Z0-9]{52}"), firstId);
        assertNotEquals(firstId, second.headers().firstValue("x-amzn-RequestId").orElseThrow());
    }

    @Test
    void errorsCarryARequestIdToo() throws Exception {
        HttpResponse<byte[]> response = client.post(null, "{}");

        assertTrue(response.headers().firstValue("x-amzn-RequestId").isPresent());
    }

    @Test
    void credentialScopeAndClientDetailsReachTheService() throws Exception {
        JsonNode answer = json(client.send(client.request(EchoService.PREFIX + ".Echo")
                .header("User-Agent", "aws-sdk-java/2.57.8")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()));

        assertEquals("AKIDLOCAL", answer.get("accessKeyId").asText());
        assertEquals("eu-west-1", answer.get("region").asText());
        assertEquals("127.0.0.1", answer.get("remoteAddress").asText());
        assertEquals("aws-sdk-java/2.57.8", answer.get("userAgent").asText());
    }

    @Test
    void unsignedRequestsAreServedWithoutCredentials() throws Exception {
        JsonNode answer = json(client.send(HttpRequest.newBuilder(door.endpoint())
                .header("X-Amz-Target", EchoService.PREFIX + ".Echo")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()));

        assertTrue(answer.get("accessKeyId").isNull());
        assertTrue(answer.get("region").isNull());
    }
}
