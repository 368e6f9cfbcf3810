package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests Lambda's REST API cannot serve are answered in Lambda's error shape, whatever their path or method. */
class LambdaWireErrorsTest {

    private static LambdaRuntime runtime;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 1);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(runtime.endpoint + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPathOfTheApiVersionLambdaDoesNotHaveIsItsUnknownOperation() throws Exception {
        for (String path : new String[] {"/2015-03-31/echo/invocations", "/2015-03-31/", "/2021-10-31/other"}) {
            HttpResponse<String> response = send("PATCH", path, "{}");

            assertEquals(404, response.statusCode(), path);
            assertEquals("UnknownOperationException", response.headers().firstValue("x-amzn-ErrorType").orElse(null), path);
            assertEquals("{\"Type\":\"User\"}", response.body(), path);
        }
    }
}
