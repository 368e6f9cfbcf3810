package com.apartmentbooking.local.lambda;

/**
 * A function URL's configuration.
 *
 * @param authType NONE or AWS_IAM
 * @param creationTime when it was created, in the form Lambda reports it
 * @param lastModifiedTime when it last changed, in the same form
 */
public record FunctionUrlConfig(String authType, String creationTime, String lastModifiedTime) {
}
