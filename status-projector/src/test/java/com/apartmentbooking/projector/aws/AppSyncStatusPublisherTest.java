package com.apartmentbooking.projector.aws;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.projector.ApartmentStatusChanged;
import com.apartmentbooking.projector.BookingStatusChanged;
import com.apartmentbooking.projector.port.StatusPublishException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against a real HTTP server standing in for AppSync. */
class AppSyncStatusPublisherTest {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "test-secret-key";
    private static final String REGION = "eu-west-1";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/(\\d{8})/" + REGION
                    + "/appsync/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ApartmentStatusChanged RESERVED = new ApartmentStatusChanged(
            "apt-101", ApartmentStatus.RESERVED, "bk-7f3a9c", "2025-03-01T09:00:01Z");

    private final SdkHttpClient httpClient = UrlConnectionHttpClient.create();
    private HttpServer server;
    private AppSyncStatusPublisher publisher;
    private volatile Received received;
    private volatile int answerStatus = 200;
    private volatile String answerBody = "{\"data\":{\"publishApartmentStatus\":{\"apartmentId\":\"apt-101\"}}}";

    private record Received(String method, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", this::answer);
        server.start();
        publisher = new AppSyncStatusPublisher(graphqlUrl(), REGION,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)), httpClient);
    }

    private URI graphqlUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        httpClient.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received = new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()), body);
        byte[] answer = answerBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answerStatus, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Test
    void sendsASigV4SignedJsonPostForAppSync() {
        publisher.publish(RESERVED);

        assertNotNull(received, "the server saw no request");
        assertEquals("POST", received.method());
        assertEquals("application/json", received.header("Content-Type"));
        String amzDate = received.header("X-Amz-Date");
        assertNotNull(amzDate);
        assertTrue(amzDate.matches("\\d{8}T\\d{6}Z"), amzDate);
        Matcher authorization = AUTHORIZATION.matcher(received.header("Authorization"));
        assertTrue(authorization.matches(), received.header("Authorization"));
        assertEquals(amzDate.substring(0, 8), authorization.group(1), "credential scope date is the signing date");
        List<String> signedHeaders = List.of(authorization.group(2).split(";"));
        assertTrue(signedHeaders.containsAll(List.of("content-type", "host", "x-amz-date")), signedHeaders.toString());
    }

    @Test
    void sessionCredentialsOfTheFunctionRoleSendAndSignTheirToken() {
        AppSyncStatusPublisher withSession = new AppSyncStatusPublisher(graphqlUrl(), REGION,
                StaticCredentialsProvider.create(AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, "role-token")),
                httpClient);

        withSession.publish(RESERVED);

        assertEquals("role-token", received.header("X-Amz-Security-Token"));
        Matcher authorization = AUTHORIZATION.matcher(received.header("Authorization"));
        assertTrue(authorization.matches(), received.header("Authorization"));
        assertTrue(List.of(authorization.group(2).split(";")).contains("x-amz-security-token"));
    }

    @Test
    void apartmentChangeTravelsAsVariablesOfPublishApartmentStatus() throws IOException {
        publisher.publish(RESERVED);

        JsonNode body = MAPPER.readTree(received.body());
        assertTrue(body.path("query").asText().contains("publishApartmentStatus("), body.toString());
        assertEquals(MAPPER.readTree("{\"apartmentId\":\"apt-101\",\"status\":\"RESERVED\","
                + "\"bookingId\":\"bk-7f3a9c\",\"updatedAt\":\"2025-03-01T09:00:01Z\"}"), body.path("variables"));
    }

    @Test
    void bookingChangeTravelsAsVariablesOfPublishBookingStatus() throws IOException {
        publisher.publish(new BookingStatusChanged("bk-7f3a9c", "apt-101", BookingStatus.CONFIRMED, null));

        JsonNode body = MAPPER.readTree(received.body());
        assertTrue(body.path("query").asText().contains("publishBookingStatus("), body.toString());
        assertEquals(MAPPER.readTree("{\"bookingId\":\"bk-7f3a9c\",\"apartmentId\":\"apt-101\","
                + "\"status\":\"CONFIRMED\",\"updatedAt\":null}"), body.path("variables"));
    }

    @Test
    void graphqlErrorsInA200AreAFailure() {
        answerBody = "{\"data\":{\"publishApartmentStatus\":null},\"errors\":[{\"errorType\":\"UnauthorizedException\","
                + "\"message\":\"Not Authorized to access publishApartmentStatus on type Mutation\"}]}";

        StatusPublishException e = assertThrows(StatusPublishException.class, () -> publisher.publish(RESERVED));
        assertTrue(e.getMessage().contains("UnauthorizedException"), e.getMessage());
    }

    @Test
    void serverErrorIsAFailure() {
        answerStatus = 500;
        answerBody = "{\"errors\":[{\"errorType\":\"InternalFailure\"}]}";

        StatusPublishException e = assertThrows(StatusPublishException.class, () -> publisher.publish(RESERVED));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void unreadableAnswerIsAFailure() {
        answerBody = "<html>Bad Gateway</html>";

        assertThrows(StatusPublishException.class, () -> publisher.publish(RESERVED));
    }

    @Test
    void unreachableEndpointIsAFailure() {
        server.stop(0);

        assertThrows(StatusPublishException.class, () -> publisher.publish(RESERVED));
    }

    @Test
    void dataWithoutErrorsIsSuccess() {
        assertDoesNotThrow(() -> publisher.publish(RESERVED));
    }
}
