package com.apartmentbooking.local.dynamodb.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.SdkSigning;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The front door as the SDK and a raw HTTP client see it: AWS's error shape and status for unknown operations,
 * bad JSON, a missing target, a missing signature and too-large requests; the x-amz-crc32 and x-amzn-RequestId
 * headers on replies.
 */
class FrontDoorSdkTest {

    static SdkRuntime runtime;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    /** A POST signed as the SDK signs it, with the README's key. */
    private static HttpResponse<String> post(String target, String body) throws Exception {
        String endpoint = runtime.endpoint() + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> headers = target == null ? Map.of() : Map.of("X-Amz-Target", target);
        SdkSigning.as(AcceptedCredentials.README_KEY, "dynamodb", SdkRuntime.REGION.id(), Instant.now())
                .post(endpoint, headers, body).headers().forEach((name, value) -> {
                    // The client names the host itself, the one that is signed.
                    if (!name.equalsIgnoreCase("Host")) {
                        request.header(name, value);
                    }
                });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnsignedRequestIsRefusedAsMissingItsAuthenticationToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(runtime.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                + "\"message\":\"Request is missing Authentication Token\"}", response.body());
    }

    private static JsonNode assertAwsError(HttpResponse<String> response, String code) throws Exception {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "status " + response.statusCode());
        assertEquals("application/x-amz-json-1.0", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode body = Ddb.JSON.readTree(response.body());
        assertTrue(body.has("__type"), response.body());
        if (code != null) {
            assertTrue(body.get("__type").asText().endsWith("#" + code), body.toString());
        }
        assertFalse(response.body().contains("\tat ") || response.body().contains("Exception:") && response.body().contains(".java:"),
                "no stack trace: " + response.body());
        return body;
    }

    @Test
    void successfulRepliesCarryCrc32AndRequestId() throws Exception {
        HttpResponse<String> response = post("DynamoDB_20120810.ListTables", "{}");
        assertEquals(200, response.statusCode());
        assertEquals("application/x-amz-json-1.0", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        CRC32 crc = new CRC32();
        crc.update(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(String.valueOf(crc.getValue()), response.headers().firstValue("x-amz-crc32").orElse(null));
        assertNotNull(response.headers().firstValue("x-amzn-RequestId").orElse(null));
        assertTrue(Ddb.JSON.readTree(response.body()).has("TableNames"));
    }

    @Test
    void unknownOperation() throws Exception {
        assertAwsError(post("DynamoDB_20120810.NoSuchOperation", "{}"), "UnknownOperationException");
    }

    @Test
    void unknownOperationThroughTheSdk() {
        DynamoDbException e = org.junit.jupiter.api.Assertions.assertThrows(DynamoDbException.class,
                () -> runtime.client().listBackups());
        assertEquals(400, e.statusCode());
        assertEquals("UnknownOperationException", e.awsErrorDetails().errorCode());
    }

    @Test
    void badJson() throws Exception {
        assertAwsError(post("DynamoDB_20120810.ListTables", "{not json"), "SerializationException");
    }

    @Test
    void missingTarget() throws Exception {
        assertAwsError(post(null, "{}"), null);
    }

    @Test
    void tooLargeRequest() throws Exception {
        // AWS's request framework answers a body over the limit with 413 and no body (as dynalite reproduces it).
        String huge = "{\"TableName\":\"t\",\"Item\":{\"id\":{\"S\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}}}";
        HttpResponse<String> response = post("DynamoDB_20120810.PutItem", huge);
        assertEquals(413, response.statusCode());
        assertTrue(response.body().isEmpty() || Ddb.JSON.readTree(response.body()).has("__type"), response.body());
    }

    @Test
    void errorsOfTheServiceCarryAwsShape() throws Exception {
        JsonNode body = assertAwsError(post("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"nope\"}"), "ResourceNotFoundException");
        assertTrue(body.has("message"), body.toString());
        assertEquals("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", body.get("__type").asText());
    }
}
