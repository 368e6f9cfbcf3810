package com.apartmentbooking.bench.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * The runtime's GraphQL API as a front end and the status projector call it: the API found through AppSync's
 * control plane, queries with the API key, publish mutations signed with SigV4 for "appsync".
 */
final class GraphQlClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The credentials the runtime gives its functions, which it accepts by default. */
    private static final AwsSessionCredentials FUNCTION_CREDENTIALS = AwsSessionCredentials.create(
            "ASIALOCALLAMBDAKEY00", "local-lambda-secret-access-key", "local-lambda-session-token");

    final URI graphqlUrl;
    final URI realtimeUrl;
    final String apiKey;
    private final HttpClient http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    private GraphQlClient(URI graphqlUrl, URI realtimeUrl, String apiKey, HttpClient http) {
        this.graphqlUrl = graphqlUrl;
        this.realtimeUrl = realtimeUrl;
        this.apiKey = apiKey;
        this.http = http;
    }

    /** The runtime's first GraphQL API and its first key, from ListGraphqlApis and ListApiKeys. */
    static GraphQlClient discover(URI endpoint, HttpClient http) throws IOException, InterruptedException {
        JsonNode api = get(http, endpoint.resolve("/v1/apis")).path("graphqlApis").path(0);
        String apiId = api.path("apiId").asText();
        JsonNode key = get(http, endpoint.resolve("/v1/apis/" + apiId + "/apikeys")).path("apiKeys").path(0);
        return new GraphQlClient(URI.create(api.path("uris").path("GRAPHQL").asText()),
                URI.create(api.path("uris").path("REALTIME").asText()), key.path("id").asText(), http);
    }

    /** A query or mutation with the API key; the whole response ({@code data}, {@code errors}). */
    JsonNode withApiKey(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        byte[] body = body(query, variables);
        HttpRequest request = HttpRequest.newBuilder(graphqlUrl).header("content-type", "application/json")
                .header("x-api-key", apiKey).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    /** A mutation signed with SigV4 as the status projector signs it. */
    JsonNode withIam(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        byte[] body = body(query, variables);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(graphqlUrl)
                .putHeader("content-type", "application/json").build();
        SignedRequest signed = signer.sign(r -> r.identity(FUNCTION_CREDENTIALS).request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder request = HttpRequest.newBuilder(graphqlUrl)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    /** The {@code authorization} a real-time connection or subscription of this API key carries. */
    ObjectNode apiKeyAuthorization() {
        return JSON.createObjectNode().put("host", graphqlUrl.getAuthority()).put("x-api-key", apiKey);
    }

    private static byte[] body(String query, Map<String, Object> variables) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        return JSON.writeValueAsBytes(body);
    }

    private static JsonNode get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
