package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.sqs.SqsApi;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The optimized SQS integration ({@code arn:aws:states:::sqs:sendMessage}, also {@code .waitForTaskToken}):
 * SendMessage with a MessageBody that may be given as JSON; the result is {@code {MessageId, MD5OfMessageBody}}
 * with the SDK's metadata. Errors are {@code SQS.<Exception>}.
 */
public final class SqsIntegration implements Integration {
    private static final ServiceErrors ERRORS = new ServiceErrors("SQS", "AmazonSQS",
            Set.of("QueueDoesNotExist", "InvalidMessageContents", "UnsupportedOperation", "RequestThrottled",
                    "KmsAccessDenied", "KmsDisabled", "KmsNotFound", "KmsThrottled"), "AmazonSQSException", false);

    private final SqsApi sqs;
    private final InProcessCalls calls;

    public SqsIntegration(SqsApi sqs, InProcessCalls calls) {
        this.sqs = sqs;
        this.calls = calls;
    }

    public void registerIn(IntegrationRegistry registry) {
        registry.register("sqs", "sendMessage", this);
    }

    @Override
    public CompletionStage<JsonNode> invoke(TaskRequest request) {
        ObjectNode sendMessage = Parameters.copy(request);
        JsonNode body = sendMessage.get("MessageBody");
        if (body != null && !body.isTextual()) {
            sendMessage.put("MessageBody", EventDetails.text(body));
        }
        return calls.call(() -> sqs.sendMessage(sendMessage), ERRORS::name).thenApply(response -> {
            ObjectNode result = ((ObjectNode) response.body()).deepCopy();
            return SdkMetadata.addTo(result, response.requestId(), "application/x-amz-json-1.0");
        });
    }
}
