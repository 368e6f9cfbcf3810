package com.apartmentbooking.local.server;

import static com.apartmentbooking.local.server.FrontDoorClient.json;
import static com.apartmentbooking.local.server.FrontDoorClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests reach the right place: the service named by the X-Amz-Target prefix (with its operation and its
 * protocol version), a path route, or the health check; targets nobody serves get AWS's answers.
 */
class FrontDoorRoutingTest {

    private static FrontDoor door;
    private static FrontDoorClient client;

    @BeforeAll
    static void start() {
        door = FrontDoor.builder().port(0)
                .service(new EchoService())
                .service(new EchoService("Events_11", "1.1", false))
                .route("/graphql", new Handler.Abstract() {
                    @Override
                    public boolean handle(Request request, Response response, Callback callback) {
                        response.write(true, ByteBuffer.wrap(("graphql " + Request.getPathInContext(request))
                                .getBytes(StandardCharsets.UTF_8)), callback);
                        return true;
                    }
                })
                .build().start();
        client = new FrontDoorClient(door);
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void targetPrefixSelectsTheServiceAndTheRestIsTheOperation() throws Exception {
        HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Echo", "{\"a\":1}");

        assertEquals(200, response.statusCode());
        assertEquals("application/x-amz-json-1.0", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode answer = json(response);
        assertEquals(EchoService.PREFIX, answer.get("service").asText());
        assertEquals("Echo", answer.get("operation").asText());
        assertEquals(1, answer.get("request").get("a").asInt());
        assertEquals(EchoService.PREFIX + ".Echo", answer.get("target").asText());
    }

    @Test
    void eachServiceAnswersInItsOwnProtocolVersion() throws Exception {
        HttpResponse<byte[]> response = client.send(client.request("Events_11.Echo")
                .setHeader("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(200, response.statusCode());
        assertEquals("application/x-amz-json-1.1", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Events_11", json(response).get("service").asText());
    }

    @Test
    void nullAnswerIsAnEmptyObject() throws Exception {
        HttpResponse<byte[]> response = client.post(EchoService.PREFIX + ".Nothing", "{}");

        assertEquals(200, response.statusCode());
        assertEquals("{}", text(response));
    }

    @Test
    void unknownOperationUnknownPrefixAndMissingTargetAreUnknownOperations() throws Exception {
        for (String target : new String[] {EchoService.PREFIX + ".NoSuchThing", "NoSuchService_2012.ListTables",
                "NoDotAtAll", null}) {
            HttpResponse<byte[]> response = client.post(target, "{}");

            assertEquals(400, response.statusCode(), String.valueOf(target));
            assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", text(response));
            assertEquals("application/x-amz-json-1.0", response.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void anythingButPostIsNotFound() throws Exception {
        HttpResponse<byte[]> response = client.get("/");

        assertEquals(404, response.statusCode());
        assertEquals("<UnknownOperationException/>\n", text(response));
    }

    @Test
    void pathRoutesTakeTheirPrefixByWholeSegments() throws Exception {
        assertEquals("graphql /graphql", text(client.get("/graphql")));
        assertEquals("graphql /graphql/x", text(client.get("/graphql/x")));
        assertFalse(text(client.get("/graphqlx")).startsWith("graphql"));
    }

    @Test
    void healthCheckAnswersOk() throws Exception {
        HttpResponse<byte[]> response = client.get("/_local/health");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\"}", text(response));
    }
}
