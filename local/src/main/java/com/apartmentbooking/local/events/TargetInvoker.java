package com.apartmentbooking.local.events;

import com.apartmentbooking.local.service.ServiceException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Hands one input to one target, by the service its ARN names: a state machine gets an execution, a function an
 * asynchronous invocation, a queue a message. Returns when the target has taken it; throws
 * {@link DeliveryFailure} when it has not.
 */
final class TargetInvoker {

    private final EventTargets targets;

    TargetInvoker(EventTargets targets) {
        this.targets = targets;
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
        } catch (ServiceException e) {
            throw TargetErrors.classify(e);
        }
    }

    private void startExecution(String stateMachineArn, String input) {
        if (targets.stepFunctions() == null) {
            throw TargetErrors.unreachable("Step Functions is not running.");
        }
        targets.stepFunctions().startExecution(stateMachineArn, input);
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
        targets.sqs().sendMessage(queueArn, body, Map.of());
    }
}
