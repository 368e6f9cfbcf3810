package com.apartmentbooking.local.template;

import java.net.URI;
import java.util.Map;

/**
 * What CloudFormation would know about the stack besides the template: its name, region and account (the
 * pseudo parameters), the local runtime's endpoint, which stands in for the URLs AWS would generate
 * (GraphQL endpoint, function URLs, queue URLs), and the stream ARNs of the tables that exist already.
 *
 * @param streamArns by table name, the ARN of each existing table's stream: AWS labels a stream with its
 *     creation time, so {@code Fn::GetAtt <Table>.StreamArn} is known only once the table exists
 * @param secretArns by secret name, the ARN of each existing secret: AWS ends it with a random suffix, so
 *     {@code Ref <Secret>} is known only once the secret exists
 */
public record StackSettings(String stackName, String region, String accountId, URI endpoint,
        Map<String, String> streamArns, Map<String, String> secretArns) {

    /** The runtime's single front door when the caller names no other (DESIGN §5: default port 4566). */
    public static final URI DEFAULT_ENDPOINT = URI.create("http://127.0.0.1:4566");

    /** The stack name used when the caller names none; it prefixes every generated physical name. */
    public static final String DEFAULT_STACK_NAME = "local";

    public StackSettings {
        require(stackName, "stackName");
        require(region, "region");
        require(accountId, "accountId");
        if (endpoint == null) {
            throw new IllegalArgumentException("endpoint is required");
        }
        streamArns = Map.copyOf(streamArns);
        secretArns = Map.copyOf(secretArns);
    }

    /** The settings of a stack whose tables do not exist yet. */
    public StackSettings(String stackName, String region, String accountId, URI endpoint) {
        this(stackName, region, accountId, endpoint, Map.of(), Map.of());
    }

    /** The same stack, its tables' streams now known. */
    public StackSettings withStreamArns(Map<String, String> arns) {
        return new StackSettings(stackName, region, accountId, endpoint, arns, secretArns);
    }

    /** The same stack, its secrets' ARNs now known. */
    public StackSettings withSecretArns(Map<String, String> arns) {
        return new StackSettings(stackName, region, accountId, endpoint, streamArns, arns);
    }

    /** The endpoint without a trailing slash, so paths can be appended to it. */
    String base() {
        String text = endpoint.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The endpoint's WebSocket form: {@code ws://} for {@code http://}, {@code wss://} for {@code https://}. */
    String realtimeBase() {
        return base().replaceFirst("^http", "ws");
    }

    /** The endpoint's host and port, as AppSync's DNS attributes name the host of its endpoints. */
    String authority() {
        return endpoint.getRawAuthority();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
