package com.apartmentbooking.local.server;

/**
 * What a service's requests are signed for: the service name and region of their SigV4 credential scope, e.g.
 * {@code dynamodb} and {@code us-east-1}.
 */
public record SigningScope(String service, String region) {
}
