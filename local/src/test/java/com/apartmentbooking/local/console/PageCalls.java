package com.apartmentbooking.local.console;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The requests the console's page sends (aws.js), as its browser sends them: from the runtime's own origin, the
 * AWS JSON protocol unsigned, the clock with {@code Content-Type: application/json}.
 */
final class PageCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    PageCalls(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** {@code call(target, request)}: the answer's status and JSON body. */
    Answer call(String target, String request) throws IOException, InterruptedException {
        return send(page("/").header("Content-Type", "application/x-amz-json-1.0").header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(request)));
    }

    /** An answer that must be a 200; its body. */
    JsonNode ok(String target, String request) throws IOException, InterruptedException {
        Answer answer = call(target, request);
        if (answer.status() != 200) {
            throw new AssertionError(target + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    Answer clock() throws IOException, InterruptedException {
        return send(page("/_local/clock").GET());
    }

    Answer advanceClock(String seconds) throws IOException, InterruptedException {
        return send(page("/_local/clock/advance").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":" + seconds + "}")));
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(endpoint.resolve(path)).header("Origin", endpoint.toString());
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), Json.WIRE.readTree(response.body()));
    }

    record Answer(int status, JsonNode body) {
    }
}
