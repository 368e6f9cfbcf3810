package com.apartmentbooking.local.events;

import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Hands one input to one target, by the service its ARN names: a state machine gets an execution, a function an
 * asynchronous invocation, a queue a message. Returns when the target has taken it; throws
 * {@link DeliveryFailure} when it has not.
 */
final class TargetInvoker {

    private final EventTargets targets;
    private final String region;

    TargetInvoker(EventTargets targets, String region) {
        this.targets = targets;
        this.region = region;
    }

    void deliver(String targetArn, String input) {
        String service = Arns.service(targetArn);
        try {
            switch (service == null ? "" : service) {
                case "states" -> startExecution(targetArn, input);
                case "lambda" -> invokeFunction(targetArn, input);
                case "sqs" -> sendMessage(targetArn, input);
                default -> throw TargetErrors.unsupported(targetArn);
            }
        } catch (AwsServiceException e) {
            throw TargetErrors.classify(e);
        }
    }

    private void startExecution(String stateMachineArn, String input) {
        if (targets.stepFunctions() == null) {
            throw TargetErrors.unreachable("Step Functions is not running.");
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode()
                .put("stateMachineArn", stateMachineArn)
                .put("input", input);
        targets.stepFunctions().handle("StartExecution", request, RequestContext.internal(region));
    }

    private void invokeFunction(String functionArn, String input) {
        if (targets.lambda() == null) {
            throw TargetErrors.unreachable("Lambda is not running.");
        }
        targets.lambda().invokeAsync(functionArn, input.getBytes(StandardCharsets.UTF_8));
    }

    private void sendMessage(String queueArn, String body) {
        if (targets.sqs() == null) {
            throw TargetErrors.unreachable("SQS is not running.");
        }
        String url = targets.sqs().queueUrl(Arns.lastPart(queueArn));
        targets.sqs().sendMessage(url, body, null, Map.of());
    }
}
