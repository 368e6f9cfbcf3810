package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failures Jetty answers before or around the handlers (a malformed request line, a URI or headers over the
 * limit, a handler that throws) keep their status and come back in the AWS JSON protocol's error shape, never as
 * an HTML page and never with a stack trace or the failure's own text.
 */
class FrontDoorProtocolErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FrontDoor door;

    @BeforeAll
    static void start() {
        door = FrontDoor.builder().port(0).service(new EchoService())
                .route("/boom", new Handler.Abstract() {
                    @Override
                    public boolean handle(org.eclipse.jetty.server.Request request,
                                          org.eclipse.jetty.server.Response response,
                                          org.eclipse.jetty.util.Callback callback) {
                        throw new IllegalStateException("secret internal detail");
                    }
                })
                .build().start();
    }

    @AfterAll
    static void stop() {
        door.close();
    }

    @Test
    void aMalformedRequestLineIsA400InJson() throws Exception {
        Answer answer = exchange("NOT A REQUEST LINE AT ALL\r\n\r\n");

        answer.assertJsonError(400, "BadRequest", "Bad Request");
    }

    @Test
    void aUriOverTheLimitIsA414InJson() throws Exception {
        Answer answer = exchange("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        answer.assertJsonError(414, "URITooLong", "URI Too Long");
    }

    @Test
    void headersOverTheLimitAreA431InJson() throws Exception {
        Answer answer = exchange("POST / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");

        answer.assertJsonError(431, "RequestHeaderFieldsTooLarge", "Request Header Fields Too Large");
    }

    @Test
    void aHandlerFailureIsA500InJsonWithoutItsText() throws Exception {
        Answer answer = exchange("GET /boom HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        answer.assertJsonError(500, "InternalServerError", "Internal server error");
        assertFalse(answer.body.contains("secret"));
        assertFalse(answer.body.contains("IllegalStateException"));
    }

    /** Raw HTTP/1.1, since clients refuse to send most of these requests. */
    private static Answer exchange(String request) throws IOException {
        try (Socket socket = new Socket(door.endpoint().getHost(), door.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private record Answer(int status, String head, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            String text = "";
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                text = bytes.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0 && complete(text.substring(0, end), text.length() - end - 4)) {
                    break;
                }
            }
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, text.substring(end + 4));
        }

        private static boolean complete(String head, int bodyLength) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return bodyLength >= Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            return false;
        }

        void assertJsonError(int expectedStatus, String type, String message) throws IOException {
            assertEquals(expectedStatus, status, head + "\n" + body);
            assertTrue(head.toLowerCase(Locale.ROOT).contains("content-type: application/x-amz-json-1.0"), head);
            JsonNode json = JSON.readTree(body);
            assertEquals(type, json.get("__type").asText());
            assertEquals(message, json.get("message").asText());
            assertEquals(2, json.size(), body);
        }
    }
}
