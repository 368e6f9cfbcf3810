package com.apartmentbooking.local.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An AWS::Serverless::Function after Globals.Function is merged in and every intrinsic resolved.
 *
 * @param codePath CodeUri resolved against the template's directory (the jar the function runs from)
 * @param environment Environment.Variables, Globals' first, in template order
 * @param functionUrlAuthType FunctionUrlConfig.AuthType, or null when the function has no URL
 * @param functionUrl the URL SAM's {@code <Function>Url} resource gives, or null
 * @param aliasName AutoPublishAlias, or null
 */
public record FunctionSpec(String logicalId, String functionName, String arn, String handler, String runtime,
        Path codePath, int memorySize, int timeoutSeconds, List<String> architectures, Map<String, String> environment,
        List<StreamEventSource> streamEvents, String functionUrlAuthType, String functionUrl, String aliasName) {

    public FunctionSpec {
        architectures = List.copyOf(architectures);
        environment = Values.orderedCopy(environment);
        streamEvents = List.copyOf(streamEvents);
    }
}
