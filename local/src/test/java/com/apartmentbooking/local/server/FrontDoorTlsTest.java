package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.server.tls.TlsMaterial;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One port, two schemes: every kind of request the front door serves answers the same over HTTP and HTTPS. */
class FrontDoorTlsTest {

    private FrontDoor door;
    private HttpClient trusting;

    @BeforeEach
    void start() {
        door = FrontDoor.builder().port(0).service(new EchoService()).route("/scheme", new SchemeHandler()).build()
                .start();
        trusting = TrustingClients.httpClient(door.tls());
    }

    @AfterEach
    void stop() {
        door.close();
    }

    @Test
    void httpsIsServedOnTheSamePortAsHttp() {
        assertEquals("http://127.0.0.1:" + door.port(), door.endpoint().toString());
        assertEquals("https://127.0.0.1:" + door.port(), door.httpsEndpoint().toString());
    }

    @Test
    void theHealthCheckAnswersOverBoth() throws Exception {
        for (URI base : new URI[] {door.endpoint(), door.httpsEndpoint()}) {
            HttpResponse<String> response = trusting.send(
                    HttpRequest.newBuilder(base.resolve("/_local/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), base.toString());
            assertEquals("{\"status\":\"ok\"}", response.body());
        }
    }

    @Test
    void awsJsonServicesAnswerOverHttps() throws Exception {
        HttpResponse<byte[]> response = trusting.send(HttpRequest.newBuilder(door.httpsEndpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", FrontDoorClient.AUTHORIZATION)
                .header("X-Amz-Target", EchoService.PREFIX + ".Echo")
                .POST(HttpRequest.BodyPublishers.ofString("{\"word\":\"secure\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertEquals("secure", FrontDoorClient.json(response).path("request").path("word").asText());
        assertEquals("Echo", FrontDoorClient.json(response).path("operation").asText());
    }

    @Test
    void aRouteSeesARequestOverTlsAsSecure() throws Exception {
        assertEquals("https true", trusting.send(HttpRequest.newBuilder(door.httpsEndpoint().resolve("/scheme"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("http false", trusting.send(HttpRequest.newBuilder(door.endpoint().resolve("/scheme")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void theCertificatePresentedIsTheOneOfTheTlsMaterial() throws Exception {
        HttpResponse<String> response = trusting.send(HttpRequest.newBuilder(door.httpsEndpoint()
                .resolve("/_local/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(door.tls().serverCertificate(), response.sslSession().orElseThrow().getPeerCertificates()[0]);
    }

    @Test
    void aClientThatDoesNotTrustTheLocalAuthorityIsRefused() {
        HttpClient jvmDefaults = HttpClient.newHttpClient();

        assertThrows(SSLHandshakeException.class, () -> jvmDefaults.send(HttpRequest.newBuilder(door.httpsEndpoint()
                .resolve("/_local/health")).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void theMaterialGivenToTheBuilderIsServedUnderLocalhost() throws Exception {
        TlsMaterial tls = TlsMaterial.inMemory("127.0.0.1");
        try (FrontDoor other = FrontDoor.builder().port(0).tls(tls).build().start()) {
            HttpResponse<String> response = TrustingClients.httpClient(tls).send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + other.port() + "/_local/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode());
            assertEquals(tls, other.tls());
        }
    }

    /** Answers with the scheme and security Jetty gives the request, as a route that builds URLs would read them. */
    private static final class SchemeHandler extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String answer = request.getHttpURI().getScheme() + " " + request.isSecure();
            response.write(true, ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
