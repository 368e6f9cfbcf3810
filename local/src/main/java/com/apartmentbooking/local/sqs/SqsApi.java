package com.apartmentbooking.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** SQS as other services of the runtime call it; a refusal is an {@link SqsException}. */
public interface SqsApi {

    /**
     * SendMessage from the API's own JSON request, as Step Functions' {@code sqs:sendMessage} passes its
     * Parameters; returns the API's response.
     */
    JsonNode sendMessage(JsonNode request);

    /**
     * A message to the queue with this ARN, as EventBridge and Lambda send to dead-letter and on-failure queues;
     * returns the message id.
     */
    String sendMessage(String queueArn, String body, Map<String, MessageAttribute> attributes);
}
