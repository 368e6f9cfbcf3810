package com.apartmentbooking.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * SQS as the runtime's other services call it: a request given as JSON is read as the wire's would be, so it is
 * checked and refused alike.
 */
final class InProcessSqs implements SqsApi {

    private final SqsService service;
    private final SqsProtocol protocol;

    InProcessSqs(SqsService service, SqsProtocol protocol) {
        this.service = service;
        this.protocol = protocol;
    }

    @Override
    public JsonNode sendMessage(JsonNode request) {
        return protocol.sendMessage(request);
    }

    /** The queue is the one of this account named by the ARN's last part. */
    @Override
    public String sendMessage(String queueArn, String body, Map<String, MessageAttribute> attributes) {
        String url = service.queueUrl(queueArn.substring(queueArn.lastIndexOf(':') + 1));
        return service.sendMessage(url, body, null, attributes).messageId();
    }
}
