package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * AppSync's control plane over its REST API ({@code GET /v1/apis}, {@code GET /v1/apis/{apiId}/apikeys}), signed
 * with SigV4 as the AWS CLI signs it: ListGraphqlApis and ListApiKeys, following every {@code nextToken}.
 */
final class AppSyncControlPlane {

    /** Headers the JDK's client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final Target target;
    private final Http http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    AppSyncControlPlane(Target target, Http http) {
        this.target = target;
        this.http = http;
    }

    /** ListGraphqlApis: every API, as AppSync's JSON shape ({@code apiId}, {@code name}, {@code uris}, ...). */
    List<JsonNode> graphqlApis() {
        return all("/v1/apis", "graphqlApis");
    }

    /** ListApiKeys of one API ({@code id}, {@code expires}, ...); an API key's id is the key itself. */
    List<JsonNode> apiKeys(String apiId) {
        return all("/v1/apis/" + URLEncoder.encode(apiId, StandardCharsets.UTF_8) + "/apikeys", "apiKeys");
    }

    private List<JsonNode> all(String path, String member) {
        List<JsonNode> items = new ArrayList<>();
        String nextToken = null;
        do {
            String query = nextToken == null ? "" : "?nextToken=" + URLEncoder.encode(nextToken, StandardCharsets.UTF_8);
            JsonNode page = get(base().resolve(path + query));
            page.path(member).forEach(items::add);
            nextToken = page.path("nextToken").isTextual() ? page.get("nextToken").asText() : null;
        } while (nextToken != null);
        return items;
    }

    private JsonNode get(URI uri) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(uri).build();
        SignedRequest signed = signer.sign(r -> r.identity(target.credentials().resolveCredentials())
                .request(unsigned)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync")
                .putProperty(AwsV4HttpSigner.REGION_NAME, target.region().id()));
        HttpRequest.Builder request = http.request(uri).GET();
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<String> response = http.send(request.build());
        JsonNode body = CliJson.parseOrNull(response.body());
        if (response.statusCode() / 100 == 2 && body != null) {
            return body;
        }
        String type = response.headers().firstValue("x-amzn-ErrorType").orElse("").replaceAll(":.*", "");
        String message = body == null ? CliJson.abbreviate(response.body(), 200) : body.path("message").asText();
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new CliFailure(ExitCode.REFUSED, "AppSync refused the credentials (" + type + ": " + message
                    + "): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                    + (target.isAws() ? "" : " (the runtime takes local/local)"));
        }
        if (response.statusCode() == 404 && !target.isAws() && body == null) {
            throw new CliFailure(ExitCode.UNREACHABLE, "No AppSync control plane at " + target.endpoint()
                    + ": is it the local runtime? Start it with " + Failures.START_COMMAND);
        }
        throw CliFailure.failed("AppSync " + uri.getPath() + " failed: HTTP " + response.statusCode() + " " + type
                + " " + message);
    }

    private URI base() {
        return target.isAws() ? URI.create("https://appsync." + target.region().id() + ".amazonaws.com")
                : target.endpoint();
    }
}
