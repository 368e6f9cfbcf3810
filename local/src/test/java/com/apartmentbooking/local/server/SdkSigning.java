package com.apartmentbooking.local.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Requests signed by the AWS SDK's own SigV4 signer, in the form the verifier reads them. */
public final class SdkSigning {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final AwsCredentialsIdentity identity;
    private final String service;
    private final String region;
    private final Instant at;

    private SdkSigning(AwsCredentialsIdentity identity, String service, String region, Instant at) {
        this.identity = identity;
        this.service = service;
        this.region = region;
        this.at = at;
    }

    public static SdkSigning as(AccessKey key, String service, String region, Instant at) {
        AwsCredentialsIdentity identity = key.sessionToken() == null
                ? AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey())
                : AwsSessionCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
        return new SdkSigning(identity, service, region, at);
    }

    /** {@code uri} with its path and query as they go on the wire, encoded. */
    public SigV4Request post(String uri, Map<String, String> headers, String body) {
        return sign(SdkHttpMethod.POST, uri, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public SigV4Request sign(SdkHttpMethod method, String uri, Map<String, String> headers, byte[] body) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(method).uri(URI.create(uri));
        headers.forEach(request::putHeader);
        SignedRequest signed = SIGNER.sign(r -> r
                .identity(identity)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
        return received(signed.request(), body);
    }

    /** The request as a server receives it: the wire path and query, each header's values joined by commas. */
    public static SigV4Request received(SdkHttpRequest request, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new SigV4Request(request.method().name(), request.encodedPath(),
                request.encodedQueryParameters().orElse(""), headers, body);
    }
}
