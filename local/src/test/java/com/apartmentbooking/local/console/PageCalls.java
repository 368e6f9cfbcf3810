package com.apartmentbooking.local.console;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.AccessKey;
import com.apartmentbooking.local.server.SdkSigning;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

/**
 * The requests the console's page sends (aws.js), as its browser sends them: from the runtime's own origin, the
 * AWS JSON protocol signed with what {@code /console/settings.json} gives the page, the clock with
 * {@code Content-Type: application/json}.
 */
final class PageCalls {

    /** The service each target prefix is signed for, as aws.js names it. */
    private static final Map<String, String> SIGNING_NAMES =
            Map.of("DynamoDB_20120810", "dynamodb", "AWSStepFunctions", "states", "AmazonSQS", "sqs");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    PageCalls(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** {@code call(target, request)}: the answer's status and JSON body. */
    Answer call(String target, String request) throws IOException, InterruptedException {
        HttpRequest.Builder call = page("/").header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(request));
        signed(target, request).forEach((name, value) -> {
            // The client names the host itself, as a browser does; it is the one signed.
            if (!name.equalsIgnoreCase("Host")) {
                call.header(name, value);
            }
        });
        return send(call);
    }

    /** The page's settings: the region and the key it signs with. */
    Answer settings() throws IOException, InterruptedException {
        return send(page("/console/settings.json").GET());
    }

    private Map<String, String> signed(String target, String request) throws IOException, InterruptedException {
        JsonNode settings = settings().body();
        AccessKey key = new AccessKey(settings.get("accessKeyId").asText(), settings.get("secretAccessKey").asText(),
                settings.hasNonNull("sessionToken") ? settings.get("sessionToken").asText() : null);
        String service = SIGNING_NAMES.get(target.substring(0, target.indexOf('.')));
        return SdkSigning.as(key, service, settings.get("region").asText(), Instant.now())
                .post(endpoint.resolve("/").toString(), Map.of("X-Amz-Target", target), request).headers();
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
