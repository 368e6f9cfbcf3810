package com.apartmentbooking.local.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The service the front door tests talk to: each operation exercises one way a service can answer, so the
 * tests see exactly what the front door makes of it.
 */
final class EchoService implements AwsJsonService {

    static final String PREFIX = "Echo_20240101";
    static final String ERROR_PREFIX = "com.example.echo.v20240101#";
    static final long MAX_REQUEST_BYTES = 1024;

    private final String targetPrefix;
    private final String jsonVersion;
    private final boolean crc32;

    EchoService() {
        this(PREFIX, "1.0", true);
    }

    EchoService(String targetPrefix, String jsonVersion, boolean crc32) {
        this.targetPrefix = targetPrefix;
        this.jsonVersion = jsonVersion;
        this.crc32 = crc32;
    }

    @Override
    public String targetPrefix() {
        return targetPrefix;
    }

    @Override
    public String errorTypePrefix() {
        return ERROR_PREFIX;
    }

    @Override
    public long maxRequestBytes() {
        return MAX_REQUEST_BYTES;
    }

    @Override
    public String jsonVersion() {
        return jsonVersion;
    }

    @Override
    public boolean crc32Header() {
        return crc32;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        switch (operation) {
            case "Echo": {
                ObjectNode answer = JsonNodeFactory.instance.objectNode();
                answer.set("request", request);
                answer.put("operation", operation);
                answer.put("service", targetPrefix);
                answer.put("requestId", ctx.requestId());
                answer.put("target", ctx.target());
                answer.put("accessKeyId", ctx.accessKeyId());
                answer.put("region", ctx.region());
                answer.put("remoteAddress", ctx.remoteAddress());
                answer.put("userAgent", ctx.header("user-agent"));
                return answer;
            }
            case "Nothing":
                return null;
            case "Fail":
                throw new AwsServiceException(400, "ConditionalCheckFailedException", "The conditional request failed")
                        .with("Item", JsonNodeFactory.instance.objectNode().set("id",
                                JsonNodeFactory.instance.objectNode().put("S", "1")));
            case "FailWithOwnPrefix":
                throw new AwsServiceException(400, "com.amazon.coral.validate#ValidationException", "1 validation error detected");
            case "Crash":
                throw new IllegalStateException("secret internal detail");
            default:
                throw AwsServiceException.unknownOperation();
        }
    }
}
