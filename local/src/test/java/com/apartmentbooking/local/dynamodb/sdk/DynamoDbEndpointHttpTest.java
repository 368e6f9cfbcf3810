package com.apartmentbooking.local.dynamodb.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.RuntimeClock;
import com.apartmentbooking.local.clock.StoredClockOffset;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.dynamodbstreams.LocalDynamoDbStreams;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.server.RawHttp;
import com.apartmentbooking.local.server.SdkSigning;
import com.apartmentbooking.local.server.SigV4Request;
import com.apartmentbooking.local.server.SigV4Verifier;
import com.apartmentbooking.local.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB's endpoint as a raw HTTP client sees it, with the statuses, headers, bodies and CRC32s DynamoDB sends
 * (as dynalite's connection tests record them): bodies that are not JSON, unknown targets, what is not a POST of
 * JSON, the health line, the signature checks (DynamoDB Streams' too), CORS and the size limit.
 */
class DynamoDbEndpointHttpTest {

    private static final String POST = "POST / HTTP/1.1";
    private static final String HOST = "Host: 127.0.0.1";
    private static final String JSON = "Content-Type: application/json";
    private static final String AMZ_JSON = "Content-Type: application/x-amz-json-1.0";
    private static final String LIST_TABLES = "X-Amz-Target: DynamoDB_20120810.ListTables";
    private static final String MISSING_TOKEN = "{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
            + "\"message\":\"Request is missing Authentication Token\"}";
    private static final String UNKNOWN_OPERATION = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}";

    static Store store;
    static RuntimeClock clock;
    static LocalDynamoDb dynamoDb;
    static FrontDoor door;

    @BeforeAll
    static void start() {
        store = Store.inMemory();
        clock = new RuntimeClock(Clock.systemUTC(), new StoredClockOffset(store));
        dynamoDb = LocalDynamoDb.start(store, clock, clock);
        door = new LocalDynamoDbStreams(dynamoDb.service()).registerOn(dynamoDb.registerOn(FrontDoor.builder().port(0)))
                .signatures(new SigV4Verifier(AcceptedCredentials.defaults("000000000000"), clock))
                .build().start();
    }

    @AfterAll
    static void stop() {
        door.close();
        dynamoDb.close();
        clock.close();
        store.close();
    }

    private static RawHttp.Answer send(String requestLine, String body, String... headers) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HOST));
        lines.addAll(List.of(headers));
        return RawHttp.send(door.port(), requestLine, lines, body);
    }

    /** A JSON answer of DynamoDB's endpoint: status 400, the exact body, its CRC32, length, type and request id. */
    private static void assertAnswer(RawHttp.Answer answer, String body, long crc32, String contentType) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(body, answer.body());
        assertEquals(String.valueOf(crc32), answer.header("x-amz-crc32").orElse(null));
        assertEquals(crc32, crc32(answer.body()), "the CRC32 is the body's");
        assertEquals(String.valueOf(body.getBytes(StandardCharsets.UTF_8).length),
                answer.header("Content-Length").orElse(null));
        assertEquals(contentType, answer.header("Content-Type").orElse(null));
        assertTrue(answer.header("x-amzn-RequestId").orElse("").matches("[0-9A-Z]{52}"),
                answer.headerLines()::toString);
    }

    private static void assertNotFound(RawHttp.Answer answer) {
        assertEquals(404, answer.status());
        assertEquals("<UnknownOperationException/>\n", answer.body());
        assertEquals("3552371480", answer.header("x-amz-crc32").orElse(null));
        assertEquals("29", answer.header("Content-Length").orElse(null));
        assertTrue(answer.header("x-amzn-RequestId").orElse("").matches("[0-9A-Z]{52}"));
    }

    /**
     * The header lines of a POST of {@code body} to {@code /} signed by the SDK's signer with the README's key for
     * {@code target}, for the {@link #HOST} the raw request names; {@code headers} are signed with it.
     */
    private static String[] signed(String target, String body, String... headers) {
        Map<String, String> unsigned = new LinkedHashMap<>();
        unsigned.put("X-Amz-Target", target);
        for (String header : headers) {
            int colon = header.indexOf(':');
            unsigned.put(header.substring(0, colon), header.substring(colon + 1).trim());
        }
        SigV4Request request = SdkSigning.as(AcceptedCredentials.README_KEY, "dynamodb", "us-east-1", Instant.now())
                .post("http://127.0.0.1/", unsigned, body);
        return request.headers().entrySet().stream()
                .filter(header -> !header.getKey().equalsIgnoreCase("Host"))
                .map(header -> header.getKey() + ": " + header.getValue())
                .toArray(String[]::new);
    }

    private static long crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationExceptionInTheRequestsContentType() throws Exception {
        String serialization = "{\"__type\":\"com.amazon.coral.service#SerializationException\"}";

        assertAnswer(send(POST, "hi", JSON), serialization, 3948637019L, "application/json");
        assertAnswer(send(POST, "hi", AMZ_JSON), serialization, 3948637019L, "application/x-amz-json-1.0");
    }

    @Test
    void aMissingOrUnknownTargetIsAnUnknownOperation() throws Exception {
        String unknown = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}";

        assertAnswer(send(POST, null), unknown, 1368724161L, "application/json");
        assertAnswer(send(POST, "{}", JSON), unknown, 1368724161L, "application/json");
        assertAnswer(send(POST, "{}", AMZ_JSON), unknown, 1368724161L, "application/x-amz-json-1.0");
        assertAnswer(send(POST, null, "X-Amz-Target: whatever"), unknown, 1368724161L, "application/json");
        assertAnswer(send(POST, "{}", JSON, "X-Amz-Target: DynamoDB_20120810.ListTable"), unknown, 1368724161L,
                "application/json");
    }

    @Test
    void whatIsNotAPostOfJsonIsNotFound() throws Exception {
        assertNotFound(send("PUT / HTTP/1.1", null));
        assertNotFound(send("DELETE / HTTP/1.1", null));
        assertNotFound(send("OPTIONS / HTTP/1.1", null));
        assertNotFound(send("GET /tables HTTP/1.1", null));
        assertNotFound(send(POST, "hi", LIST_TABLES));
        assertNotFound(send(POST, "{}", LIST_TABLES, "Content-Type: whatever"));
        assertNotFound(send(POST, "{}", LIST_TABLES, "Content-Type: application/x-amz-json-1.1"));
    }

    @Test
    void getOfTheRootIsTheHealthLine() throws Exception {
        RawHttp.Answer answer = send("GET / HTTP/1.1", null);

        assertEquals(200, answer.status());
        assertEquals("healthy: dynamodb.us-east-1.amazonaws.com ", answer.body());
        assertEquals("3128867991", answer.header("x-amz-crc32").orElse(null));
        assertEquals("42", answer.header("Content-Length").orElse(null));
        assertTrue(answer.header("x-amzn-RequestId").orElse("").matches("[0-9A-Z]{52}"));
    }

    @Test
    void anAnswerIsInTheContentTypeOfItsRequestWithTheCrc32OfItsBody() throws Exception {
        RawHttp.Answer json = send(POST, "{}", signed("DynamoDB_20120810.ListTables", "{}", JSON));
        RawHttp.Answer amzJson = send(POST, "{}",
                signed("DynamoDB_20120810.ListTables", "{}", AMZ_JSON + "; charset=utf-8"));

        assertEquals(200, json.status());
        assertEquals("application/json", json.header("Content-Type").orElse(null));
        assertEquals(String.valueOf(crc32(json.body())), json.header("x-amz-crc32").orElse(null));
        assertEquals(200, amzJson.status());
        assertEquals("application/x-amz-json-1.0", amzJson.header("Content-Type").orElse(null));
    }

    @Test
    void anAuthorizationThatIsNoSigV4AttemptIsAMissingToken() throws Exception {
        assertAnswer(send(POST, "{}", JSON, LIST_TABLES, "Authorization: AWS4"), MISSING_TOKEN, 2088342776L,
                "application/json");
    }

    @Test
    void aRequestWithoutAnySignatureIsAMissingTokenWithOrWithoutABody() throws Exception {
        assertAnswer(send(POST, "{}", JSON, LIST_TABLES), MISSING_TOKEN, 2088342776L, "application/json");
        assertAnswer(send(POST, null, LIST_TABLES), MISSING_TOKEN, 2088342776L, "application/json");
        assertAnswer(send(POST, "{}", AMZ_JSON, "X-Amz-Target: DynamoDB_20120810.PutItem"), MISSING_TOKEN, 2088342776L,
                "application/x-amz-json-1.0");
    }

    @Test
    void queryParametersWithoutXAmzAlgorithmAreNoSignature() throws Exception {
        RawHttp.Answer answer = send("POST /?X-Amz-Credential=a&X-Amz-Signature=b&X-Amz-SignedHeaders=c&X-Amz-Date=d"
                + " HTTP/1.1", null, LIST_TABLES);
        RawHttp.Answer misspelt = send("POST /?X-Amz-Algorith HTTP/1.1", null, LIST_TABLES, "Authorization: X");

        assertAnswer(answer, MISSING_TOKEN, 2088342776L, "application/json");
        assertAnswer(misspelt, MISSING_TOKEN, 2088342776L, "application/json");
    }

    @Test
    void anUnknownOperationIsAnsweredBeforeAMissingOrBadSignature() throws Exception {
        String unknown = "X-Amz-Target: DynamoDB_20120810.ListTable";

        assertAnswer(send(POST, null, unknown), UNKNOWN_OPERATION, 1368724161L, "application/json");
        assertAnswer(send(POST, "{}", JSON, unknown, "Authorization: AWS4-"), UNKNOWN_OPERATION, 1368724161L,
                "application/json");
        assertAnswer(send(POST, null, "X-Amz-Target: DynamoDBStreams_20120810.ListStream", "Authorization: AWS4-"),
                UNKNOWN_OPERATION, 1368724161L, "application/json");
    }

    @Test
    void aSignedRequestIsServedAndItsSignatureIsOverTheBytesSent() throws Exception {
        String[] headers = signed("DynamoDB_20120810.ListTables", "{}", JSON);

        RawHttp.Answer served = send(POST, "{}", headers);
        RawHttp.Answer otherBody = send(POST, "{ }", headers);

        assertEquals(200, served.status(), served.body());
        assertEquals("{\"TableNames\":[]}", served.body());
        assertEquals(400, otherBody.status());
        assertTrue(otherBody.body().startsWith("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
                + "\"message\":\"The request signature we calculated does not match the signature you provided."),
                otherBody.body());
    }

    @Test
    void dynamoDbStreamsRefusesARequestWithoutSignatureAndServesOneSignedForDynamoDb() throws Exception {
        String listStreams = "DynamoDBStreams_20120810.ListStreams";

        RawHttp.Answer unsigned = send(POST, "{}", AMZ_JSON, "X-Amz-Target: " + listStreams);
        RawHttp.Answer signed = send(POST, "{}", signed(listStreams, "{}", AMZ_JSON));

        assertAnswer(unsigned, MISSING_TOKEN, 2088342776L, "application/x-amz-json-1.0");
        assertEquals(200, signed.status(), signed.body());
        assertEquals("{\"Streams\":[]}", signed.body());
    }

    @Test
    void theStreamsSdkSignsWithAKeyTheRuntimeChecks() {
        try (DynamoDbStreamsClient readme = streamsClient("local");
             DynamoDbStreamsClient wrongSecret = streamsClient("not-the-secret")) {
            assertEquals(List.of(), readme.listStreams().streams());

            DynamoDbException mismatch = assertThrows(DynamoDbException.class, wrongSecret::listStreams);

            assertEquals("InvalidSignatureException", mismatch.awsErrorDetails().errorCode());
        }
    }

    private static DynamoDbStreamsClient streamsClient(String secret) {
        return DynamoDbStreamsClient.builder().endpointOverride(door.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", secret)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @Test
    void anIncompleteAuthorizationNamesEveryMissingPart() throws Exception {
        assertAnswer(send(POST, "{}", JSON, LIST_TABLES, "Authorization: AWS4-"),
                "{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":\"Authorization"
                        + " header requires 'Credential' parameter. Authorization header requires 'Signature'"
                        + " parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header"
                        + " requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-\"}",
                1828866742L, "application/json");
    }

    @Test
    void theDateIsCheckedBeforeTheAlgorithmAndTheAlgorithmBeforeTheCredential() throws Exception {
        String authorization = "Authorization: AWS4-HMAC-SHA25 Credential=a/b/c/d, SignedHeaders=host, Signature=b";
        String now = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());

        RawHttp.Answer badDate = send(POST, "{}", JSON, LIST_TABLES, "X-Amz-Date: 2013", authorization);
        RawHttp.Answer badAlgorithm = send(POST, "{}", JSON, LIST_TABLES, "X-Amz-Date: " + now, authorization);

        assertEquals("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":\"Date must"
                + " be in ISO-8601 'basic format'. Got '2013'. See http://en.wikipedia.org/wiki/ISO_8601\"}",
                badDate.body());
        assertEquals("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":"
                + "\"Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). \"}",
                badAlgorithm.body());
    }

    @Test
    void aSignatureInTheQueryStringMustBeTheOnlyOneAndComplete() throws Exception {
        RawHttp.Answer both = send("POST /?X-Amz-Algorithm=a HTTP/1.1", "{}", JSON, LIST_TABLES,
                "Authorization: AWS4-");
        RawHttp.Answer incomplete = send("POST /?X-Amz-Algorithm=a&X-Amz-Date=b HTTP/1.1", "{}", JSON, LIST_TABLES);

        assertEquals("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\",\"message\":\"Found both"
                + " 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.\"}", both.body());
        assertEquals("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":\"AWS"
                + " query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include"
                + " 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the"
                + " query-string parameters.\"}", incomplete.body());
    }

    private static DynamoDbClient client(String keyId, String secret, Region region) {
        return DynamoDbClient.builder().endpointOverride(door.endpoint()).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @Test
    void aKnownKeysSignatureIsVerifiedAndAnUnknownKeyIsServed() {
        try (DynamoDbClient readme = client("local", "local", Region.US_EAST_1);
             DynamoDbClient wrongSecret = client("local", "not-the-secret", Region.US_EAST_1);
             DynamoDbClient otherRegion = client("local", "local", Region.EU_WEST_1);
             DynamoDbClient anyKey = client("AKIAIOSFODNN7EXAMPLE", "anything", Region.US_EAST_1)) {
            readme.listTables();
            anyKey.listTables();

            DynamoDbException mismatch = assertThrows(DynamoDbException.class, wrongSecret::listTables);
            DynamoDbException scope = assertThrows(DynamoDbException.class, otherRegion::listTables);

            assertEquals("InvalidSignatureException", mismatch.awsErrorDetails().errorCode());
            assertEquals(400, mismatch.statusCode());
            assertTrue(mismatch.awsErrorDetails().errorMessage().startsWith("The request signature we calculated does"
                    + " not match the signature you provided."), mismatch.awsErrorDetails().errorMessage());
            assertEquals("InvalidSignatureException", scope.awsErrorDetails().errorCode());
            assertEquals("Credential should be scoped to a valid region, not 'eu-west-1'. ",
                    scope.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void aPreflightOfAnAllowedOriginIsAnsweredAndItsRequestsCarryTheOrigin() throws Exception {
        String origin = "Origin: http://localhost:3000";
        RawHttp.Answer preflight = send("OPTIONS / HTTP/1.1", null, origin,
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: a, b, c");
        RawHttp.Answer request = send(POST, null, origin);

        assertEquals(200, preflight.status());
        assertEquals("http://localhost:3000", preflight.header("Access-Control-Allow-Origin").orElse(null));
        assertEquals("a, b, c", preflight.header("Access-Control-Allow-Headers").orElse(null));
        assertEquals("172800", preflight.header("Access-Control-Max-Age").orElse(null));
        assertEquals("", preflight.body());
        assertEquals("http://localhost:3000", request.header("Access-Control-Allow-Origin").orElse(null));
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", request.body());
    }

    @Test
    void aPreflightOfAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
        RawHttp.Answer preflight = send("OPTIONS / HTTP/1.1", null, "Origin: https://example.com",
                "Access-Control-Request-Method: POST");

        assertEquals(403, preflight.status());
        assertFalse(preflight.hasCorsHeaders());
    }

    @Test
    void aBodyOverSixteenMegabytesIsA413SentChunkedWithNoContent() throws Exception {
        RawHttp.Answer answer = send(POST, "a".repeat(16 * 1024 * 1024 + 1), LIST_TABLES);

        assertEquals(413, answer.status());
        assertEquals("chunked", answer.header("Transfer-Encoding").orElse(null), answer.headerLines()::toString);
        assertEquals("0\r\n\r\n", answer.body(), "the last chunk only");
    }
}
