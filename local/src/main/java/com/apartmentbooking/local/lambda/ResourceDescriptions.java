package com.apartmentbooking.local.lambda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** A function's URL configuration, an alias and an event source mapping as Lambda's API describes them. */
final class ResourceDescriptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final URI runtimeEndpoint;

    ResourceDescriptions(URI runtimeEndpoint) {
        this.runtimeEndpoint = runtimeEndpoint;
    }

    /** The URL of the function's function URL on this runtime, {@code <endpoint>/lambda-url/<name>/}. */
    URI functionUrl(String functionName) {
        String base = runtimeEndpoint.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + FunctionUrlHandler.PREFIX + "/" + functionName + "/");
    }

    /** FunctionUrlConfig; with its LastModifiedTime for the update's answer. */
    ObjectNode url(LambdaFunction function, boolean withLastModified) {
        FunctionUrlConfig url = function.url();
        ObjectNode node = JSON.objectNode();
        node.put("FunctionUrl", functionUrl(function.functionName()).toString());
        node.put("FunctionArn", function.functionArn());
        node.put("AuthType", url.authType());
        node.put("CreationTime", url.creationTime());
        if (withLastModified) {
            node.put("LastModifiedTime", url.lastModifiedTime());
        }
        node.put("InvokeMode", "BUFFERED");
        return node;
    }

    ObjectNode alias(LambdaFunction function, String alias, String version) {
        ObjectNode node = JSON.objectNode();
        node.put("AliasArn", function.functionArn() + ":" + alias);
        node.put("Name", alias);
        node.put("FunctionVersion", version);
        node.put("Description", "");
        return node;
    }

    /**
     * EventSourceMappingConfiguration, in the state {@code state} (Creating, Updating, Enabled, Disabled,
     * Deleting), with its last processing result.
     */
    ObjectNode mapping(EventSourceMapping mapping, String state, String lastProcessingResult) {
        ObjectNode node = JSON.objectNode();
        node.put("UUID", mapping.uuid());
        node.put("StartingPosition", mapping.startingPosition());
        node.put("BatchSize", mapping.batchSize());
        node.put("MaximumBatchingWindowInSeconds", mapping.maximumBatchingWindowInSeconds());
        node.put("EventSourceArn", mapping.eventSourceArn());
        node.put("FunctionArn", mapping.functionArn());
        node.put("LastModified", mapping.lastModified());
        node.put("LastProcessingResult", lastProcessingResult);
        node.put("State", state);
        node.put("StateTransitionReason", "User action");
        ObjectNode onFailure = node.putObject("DestinationConfig").putObject("OnFailure");
        if (mapping.onFailureDestination() != null) {
            onFailure.put("Destination", mapping.onFailureDestination());
        }
        ArrayNode responseTypes = node.putArray("FunctionResponseTypes");
        mapping.functionResponseTypes().forEach(responseTypes::add);
        node.put("MaximumRecordAgeInSeconds", mapping.maximumRecordAgeInSeconds());
        node.put("BisectBatchOnFunctionError", mapping.bisectBatchOnFunctionError());
        node.put("MaximumRetryAttempts", mapping.maximumRetryAttempts());
        return node;
    }

    /** The state a mapping rests in. */
    static String restingState(EventSourceMapping mapping) {
        return mapping.enabled() ? "Enabled" : "Disabled";
    }
}
