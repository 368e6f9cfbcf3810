package com.apartmentbooking.projector.aws;

import com.apartmentbooking.projector.StatusChange;
import com.apartmentbooking.projector.port.StatusPublishException;
import com.apartmentbooking.projector.port.StatusPublisher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes a change by calling the AppSync publish mutation over HTTPS, signed with SigV4 for the
 * service "appsync" by the SDK's own signer and sent with the SDK's own HTTP client.
 */
public class AppSyncStatusPublisher implements StatusPublisher {
    private static final String SIGNING_NAME = "appsync";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI graphqlUrl;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient httpClient;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public AppSyncStatusPublisher(URI graphqlUrl, String region, AwsCredentialsProvider credentials,
                                  SdkHttpClient httpClient) {
        this.graphqlUrl = Objects.requireNonNull(graphqlUrl, "graphqlUrl");
        this.region = Objects.requireNonNull(region, "region");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    }

    @Override
    public void publish(StatusChange change) {
        byte[] body = PublishMutations.requestBody(change).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpExecuteResponse response = httpClient.prepareRequest(signed(body)).call();
            checkAccepted(response);
        } catch (IOException | SdkException e) {
            throw new StatusPublishException("Publishing " + change + " failed: " + e.getMessage(), e);
        }
    }

    private HttpExecuteRequest signed(byte[] body) {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(graphqlUrl)
                .putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", Integer.toString(body.length))
                .build();
        SignedRequest signed = signer.sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        return HttpExecuteRequest.builder()
                .request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null))
                .build();
    }

    /** AppSync answers GraphQL errors (auth, validation, resolver) with 200 and an "errors" array. */
    private static void checkAccepted(HttpExecuteResponse response) throws IOException {
        int status = response.httpResponse().statusCode();
        String text = readBody(response.responseBody());
        if (!response.httpResponse().isSuccessful()) {
            throw new StatusPublishException("AppSync answered HTTP " + status + ": " + text);
        }
        JsonNode json = parse(text);
        JsonNode errors = json.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new StatusPublishException("AppSync answered errors: " + errors);
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode json = MAPPER.readTree(text);
            if (!json.isObject()) {
                throw new StatusPublishException("AppSync answer is not a JSON object: " + text);
            }
            return json;
        } catch (IOException e) {
            throw new StatusPublishException("AppSync answer is not JSON: " + text, e);
        }
    }

    private static String readBody(Optional<AbortableInputStream> body) throws IOException {
        if (body.isEmpty()) {
            return "";
        }
        try (InputStream in = body.get()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
