package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.UrlHandler;
import com.apartmentbooking.local.store.Store;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Function URLs through a plain HTTP client: the event the function gets and the answer made of its result. */
class FunctionUrlTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 2);
        runtime.createFunction("webhook", UrlHandler.class, 10);
        runtime.createFunctionUrl("webhook", "NONE");
        runtime.createFunction("signed", UrlHandler.class, 10);
        runtime.createFunctionUrl("signed", "AWS_IAM");
        runtime.createFunction("nourl", UrlHandler.class, 10);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI url(String function, String rest) {
        return URI.create(runtime.lambda.functionUrl(function) + rest);
    }

    @Test
    void aRequestRoundTripsThroughTheFunction() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(url("webhook", "payments/42?a=1&a=2&b=x"))
                .header("Content-Type", "application/json").header("X-Custom", "yes")
                .POST(HttpRequest.BodyPublishers.ofString("{\"paid\":true}")));

        assertEquals(201, response.statusCode());
        assertEquals("got {\"paid\":true}", new String(response.body()));
        assertEquals("text/plain", response.headers().firstValue("content-type").orElseThrow());
        assertEquals("/payments/42", response.headers().firstValue("x-raw-path").orElseThrow());
        assertEquals("a=1&a=2&b=x", response.headers().firstValue("x-raw-query").orElseThrow());
        assertEquals("1,2", response.headers().firstValue("x-query-a").orElseThrow());
        assertEquals("POST", response.headers().firstValue("x-method").orElseThrow());
        assertEquals("yes", response.headers().firstValue("x-header").orElseThrow());
        assertEquals("http 127.0.0.1", response.headers().firstValue("x-forwarded").orElseThrow());
        assertEquals("false", response.headers().firstValue("x-base64").orElseThrow());
        assertEquals("$default $default 2.0", response.headers().firstValue("x-route").orElseThrow());
        assertEquals("session=abc; Path=/", response.headers().firstValue("set-cookie").orElseThrow());
    }

    @Test
    void aBodyOverSixMegabytesIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] tooLarge = new byte[PayloadLimits.SYNC_REQUEST_BYTES * 2];
        HttpResponse<byte[]> declared = send(HttpRequest.newBuilder(url("webhook", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        HttpResponse<byte[]> chunked = send(HttpRequest.newBuilder(url("webhook", ""))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));

        for (HttpResponse<byte[]> response : List.of(declared, chunked)) {
            assertEquals(413, response.statusCode());
            assertEquals("{\"Message\":\"Request Entity Too Large\"}", new String(response.body()));
            assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
        }
    }

    @Test
    void aBinaryBodyArrivesBase64Encoded() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(url("webhook", ""))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("raw bytes")));

        assertEquals(201, response.statusCode());
        assertEquals("true", response.headers().firstValue("x-base64").orElseThrow());
        assertEquals("got raw bytes", new String(response.body()));
        assertEquals("/", response.headers().firstValue("x-raw-path").orElseThrow());
    }

    @Test
    void resultsWithoutStatusCodeAreJsonBodiesAndBase64BodiesAreDecoded() throws Exception {
        HttpResponse<byte[]> plain = send(HttpRequest.newBuilder(url("webhook", "plain")).GET());
        assertEquals(200, plain.statusCode());
        assertEquals("application/json", plain.headers().firstValue("content-type").orElseThrow());
        assertEquals("{\"plain\":true}", new String(plain.body()));

        HttpResponse<byte[]> binary = send(HttpRequest.newBuilder(url("webhook", "binary")).GET());
        assertEquals(200, binary.statusCode());
        assertArrayEquals(new byte[] {1, 2, 3}, binary.body());
    }

    @Test
    void aFunctionErrorIsABadGateway() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(url("webhook", "fail")).GET());

        assertEquals(502, response.statusCode());
        assertEquals("{\"Message\":\"Internal Server Error\"}", new String(response.body()));
    }

    @Test
    void functionsWithoutAUrlAndUnsignedRequestsToIamUrlsAreForbidden() throws Exception {
        assertEquals(403, send(HttpRequest.newBuilder(url("nourl", "")).GET()).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(url("nobody", "")).GET()).statusCode());
        HttpResponse<byte[]> unsigned = send(HttpRequest.newBuilder(url("signed", "")).GET());
        assertEquals(403, unsigned.statusCode());
        assertTrue(new String(unsigned.body()).contains("Forbidden"));
    }
}
