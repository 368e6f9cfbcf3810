package com.apartmentbooking.local.server;

import static com.apartmentbooking.local.server.FrontDoorClient.json;
import static com.apartmentbooking.local.server.FrontDoorClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors come back in AWS's JSON shape and status, and never carry a stack trace or internal detail. */
class FrontDoorErrorShapeTest {

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
    void serviceErrorGetsTheServicePrefixMessageAndExtraMembers() throws Exception {
        HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Fail", "{}");

        assertEquals(400, response.statusCode());
        assertEquals("application/x-amz-json-1.0", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode body = json(response);
        assertEquals(EchoService.ERROR_PREFIX + "ConditionalCheckFailedException", body.get("__type").asText());
        assertEquals("The conditional request failed", body.get("message").asText());
        assertEquals("1", body.get("Item").get("id").get("S").asText());
    }

    @Test
    void errorCodeWithItsOwnPrefixKeepsIt() throws Exception {
        JsonNode body = json(client.post(EchoService.PREFIX + ".FailWithOwnPrefix", "{}"));

        assertEquals("com.amazon.coral.validate#ValidationException", body.get("__type").asText());
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreSerializationErrors() throws Exception {
        for (String body : new String[] {"{\"a\":", "not json", "[1,2]", "\"text\"", "", "{} {}"}) {
            HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Echo", body);

            assertEquals(400, response.statusCode(), body);
            assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\"}", text(response), body);
        }
    }

    @Test
    void unexpectedFailureIsAGenericInternalServerError() throws Exception {
        HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Crash", "{}");

        assertEquals(500, response.statusCode());
        JsonNode body = json(response);
        assertEquals(EchoService.ERROR_PREFIX + "InternalServerError", body.get("__type").asText());
        assertEquals("Internal server error", body.get("message").asText());
        assertFalse(text(response).contains("secret"));
        assertFalse(text(response).contains("Exception"));
    }
}
