package com.apartmentbooking.cli;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where the CLI talks to: the endpoint ({@code null} for AWS's own endpoints), region, stack name, credentials.
 *
 * @param endpoint the runtime's endpoint, or null to call AWS itself ({@code --endpoint aws})
 */
record Target(URI endpoint, Region region, String stack, AwsCredentialsProvider credentials) {

    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:4566";
    static final String AWS = "aws";
    /** The credentials the README gives for the local runtime, which accepts them. */
    static final String LOCAL_KEY = "local";

    /**
     * The target from the options and the environment: {@code --endpoint}, else {@code AWS_ENDPOINT_URL}, else the
     * local runtime's default; credentials from the environment (keys or a profile), else {@code local}/{@code
     * local}.
     */
    static Target of(String endpointOption, String stack, Map<String, String> env) {
        String endpoint = endpointOption != null ? endpointOption : env.getOrDefault("AWS_ENDPOINT_URL", DEFAULT_ENDPOINT);
        String region = env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1"));
        return new Target(endpoint.equalsIgnoreCase(AWS) ? null : endpointUri(endpoint), Region.of(region), stack,
                credentials(env));
    }

    boolean isAws() {
        return endpoint == null;
    }

    /** How the user would name this target in a message. */
    String describe() {
        return isAws() ? "AWS (" + region.id() + ")" : endpoint.toString();
    }

    private static URI endpointUri(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, "--endpoint must be a URL such as " + DEFAULT_ENDPOINT + ", or aws: " + text);
        }
        if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new CliFailure(ExitCode.USAGE, "--endpoint must be a URL such as " + DEFAULT_ENDPOINT + ", or aws: " + text);
        }
        return uri;
    }

    // The environment is read from the map given (not System.getenv) so that what a command sees is what it was given.
    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        String keyId = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (keyId != null && secret != null) {
            String token = env.get("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(token == null
                    ? AwsBasicCredentials.create(keyId, secret)
                    : AwsSessionCredentials.create(keyId, secret, token));
        }
        return AwsCredentialsProviderChain.builder()
                .reuseLastProviderEnabled(true)
                .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                        env.containsKey("AWS_PROFILE")
                                ? ProfileCredentialsProvider.create(env.get("AWS_PROFILE"))
                                : ProfileCredentialsProvider.create(),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)))
                .build();
    }
}
