package com.apartmentbooking.local.template;

/**
 * An {@code AWS::AppSync::ApiKey}. Its value is not part of the template: the runtime keeps it per data directory
 * ({@link ApiKeyValues}).
 *
 * @param expires {@code Expires} in seconds since the epoch, or null for AppSync's default
 */
public record ApiKeySpec(String logicalId, String apiId, String description, Long expires) {
}
