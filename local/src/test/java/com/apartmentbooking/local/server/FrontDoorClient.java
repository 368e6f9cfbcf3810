package com.apartmentbooking.local.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client for the front door tests, speaking the AWS JSON protocol by hand. */
final class FrontDoorClient {

    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIDLOCAL/20260101/eu-west-1/dynamodb/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    FrontDoorClient(FrontDoor door) {
        this.endpoint = door.endpoint();
    }

    HttpResponse<byte[]> post(String target, String body) throws IOException, InterruptedException {
        return send(request(target).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpRequest.Builder request(String target) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", AUTHORIZATION);
        if (target != null) {
            builder.header("X-Amz-Target", target);
        }
        return builder;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
