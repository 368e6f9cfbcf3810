package com.apartmentbooking.local.events;

import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.sqs.SqsService;

/**
 * The services rule targets are delivered to, by the service named in the target's ARN. A {@code null} member
 * means the runtime has no such service: deliveries to it fail as an unreachable target would.
 *
 * @param stepFunctions Step Functions' JSON protocol, called with {@code StartExecution}
 * @param lambda how functions are invoked asynchronously
 * @param sqs the queues of SQS targets and dead-letter queues
 */
public record EventTargets(AwsJsonService stepFunctions, FunctionInvoker lambda, SqsService sqs) {
}
