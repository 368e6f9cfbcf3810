package com.apartmentbooking.local.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * An AWS service spoken in the AWS JSON protocol: requests are POSTs whose {@code X-Amz-Target} header is
 * {@code <targetPrefix>.<Operation>} and whose body is a JSON object; the answer is a JSON object, or an
 * {@link AwsServiceException} that the front door turns into AWS's error shape.
 */
public interface AwsJsonService {

    /** The part of {@code X-Amz-Target} before the dot, e.g. {@code DynamoDB_20120810}. */
    String targetPrefix();

    /** Prepended to error codes in {@code __type}, e.g. {@code com.amazonaws.dynamodb.v20120810#}. */
    String errorTypePrefix();

    /** Bodies larger than this are refused with 413 before they are parsed. */
    long maxRequestBytes();

    /**
     * Performs one operation. An operation the service does not know is answered by throwing
     * {@link AwsServiceException#unknownOperation()}; any other unchecked exception becomes a 500 whose details
     * stay in the server's log.
     *
     * @return the response body; {@code null} means an empty object
     */
    JsonNode handle(String operation, JsonNode request, RequestContext ctx) throws AwsServiceException;

    /** The protocol version in the content type, {@code application/x-amz-json-<version>}: DynamoDB "1.0", EventBridge "1.1". */
    default String jsonVersion() {
        return "1.0";
    }

    /**
     * Whether the service serves {@code operation}. One it does not is answered UnknownOperationException before
     * the signature is checked, as DynamoDB's endpoint does; the default leaves that answer to {@link #handle}.
     */
    default boolean serves(String operation) {
        return true;
    }

    /**
     * What the service's requests are signed for, when the front door is to check their signatures as AWS does
     * before the service sees them; empty (the default) serves them unchecked.
     */
    default Optional<SigningScope> signingScope() {
        return Optional.empty();
    }

    /**
     * Whether responses carry {@code x-amz-crc32}, the CRC32 of the body. The SDKs check it for DynamoDB and
     * DynamoDB Streams when present; other clients ignore it, so a service turns it off only to save the work.
     */
    default boolean crc32Header() {
        return true;
    }
}
