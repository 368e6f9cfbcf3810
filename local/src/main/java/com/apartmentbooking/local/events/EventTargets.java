package com.apartmentbooking.local.events;

import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.sqs.SqsApi;
import com.apartmentbooking.local.states.StatesApi;

/**
 * The services rule targets are delivered to, by the service named in the target's ARN. A {@code null} member
 * means the runtime has no such service: deliveries to it fail as an unreachable target would.
 *
 * @param stepFunctions where state machine targets start executions
 * @param lambda how functions are invoked asynchronously
 * @param sqs the queues of SQS targets and dead-letter queues
 */
public record EventTargets(StatesApi stepFunctions, FunctionInvoker lambda, SqsApi sqs) {
}
