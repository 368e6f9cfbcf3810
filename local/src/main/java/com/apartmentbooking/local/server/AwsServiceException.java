package com.apartmentbooking.local.server;

import com.apartmentbooking.local.service.ServiceException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in AWS's JSON shape: {@code {"__type": "<prefix>#<code>", "message": "..."}} with an HTTP
 * status, plus any members the error carries (DynamoDB's {@code CancellationReasons}, {@code Item}, ...).
 * Unchecked, so that code deep inside a service can raise it without declaring it on every layer.
 */
public class AwsServiceException extends RuntimeException {

    /** Errors raised by AWS's request framework rather than by the service carry this type prefix. */
    public static final String FRAMEWORK_PREFIX = "com.amazon.coral.service#";
    /** The member AWS's request framework names its message in some errors (DynamoDB's SerializationException). */
    public static final String FRAMEWORK_MESSAGE_MEMBER = "Message";

    private final int status;
    private final String code;
    private final Map<String, JsonNode> members = new LinkedHashMap<>();
    private String messageMember = "message";

    /**
     * @param code the error code; the service's {@link AwsJsonService#errorTypePrefix()} is put in front of it,
     *             unless it already names its own prefix (contains '#', e.g. {@code com.amazon.coral.validate#ValidationException})
     * @param message the message, or {@code null} for errors AWS sends without one
     */
    public AwsServiceException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The wire form of a service's own error; a protocol adapter adds any members its service's errors carry. */
    public static AwsServiceException from(ServiceException error) {
        return new AwsServiceException(error.status(), error.code(), error.getMessage());
    }

    /** AWS's answer to an operation the service does not have. */
    public static AwsServiceException unknownOperation() {
        return new AwsServiceException(400, FRAMEWORK_PREFIX + "UnknownOperationException", null);
    }

    /** Adds a member to the error body next to {@code __type} and {@code message}. */
    public AwsServiceException with(String name, JsonNode value) {
        members.put(name, value);
        return this;
    }

    /** Names the body's message member otherwise than {@code message}. */
    public AwsServiceException messageMember(String name) {
        messageMember = name;
        return this;
    }

    /** The body's member that holds the message. */
    public String messageMember() {
        return messageMember;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, JsonNode> members() {
        return Collections.unmodifiableMap(members);
    }
}
