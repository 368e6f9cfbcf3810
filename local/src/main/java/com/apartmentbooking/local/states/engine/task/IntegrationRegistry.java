package com.apartmentbooking.local.states.engine.task;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The integrations an engine can call, by service and action ({@code lambda:invoke}), plus the
 * one that runs legacy Lambda function ARNs. Resolving a resource that has none is the Task's
 * failure, not the definition's: AWS accepts any well-formed ARN at creation time.
 */
public final class IntegrationRegistry {
    private final Map<String, Integration> byServiceAction = new ConcurrentHashMap<>();
    private final Map<String, Integration> byService = new ConcurrentHashMap<>();
    private volatile Integration lambdaFunctions;

    public IntegrationRegistry register(String service, String action, Integration integration) {
        byServiceAction.put(service + ":" + action, integration);
        return this;
    }

    /**
     * The integration for every action of {@code service} that has none of its own (an AWS SDK integration
     * such as {@code aws-sdk:dynamodb} serves any API action; it reads the action from the request's resource).
     */
    public IntegrationRegistry registerService(String service, Integration integration) {
        byService.put(service, integration);
        return this;
    }

    /** The integration that runs Task states whose Resource is a Lambda function ARN. */
    public IntegrationRegistry registerLambdaFunctions(Integration integration) {
        this.lambdaFunctions = integration;
        return this;
    }

    public Optional<Integration> resolve(TaskResource resource) {
        switch (resource.kind()) {
            case SERVICE_INTEGRATION:
                Integration forAction = byServiceAction.get(resource.service() + ":" + resource.action());
                return Optional.ofNullable(forAction != null ? forAction : byService.get(resource.service()));
            case LAMBDA_FUNCTION:
                return Optional.ofNullable(lambdaFunctions);
            default:
                return Optional.empty();
        }
    }
}
