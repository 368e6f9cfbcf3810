package com.apartmentbooking.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lambda's operations other than Invoke in their JSON form: a request holds every member of the operation's
 * input shape (those the REST protocol carries in the path or query string too), the answer is its output
 * shape. {@link LambdaProtocol} serves them over HTTP; the runtime creates a template's functions through them.
 * Refusals are Lambda's errors under their codes.
 */
public final class LambdaOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FunctionManagement management;
    private final LambdaService service;
    private final FunctionDescriptions functions;
    private final ResourceDescriptions resources;

    LambdaOperations(FunctionManagement management, LambdaService service, FunctionDescriptions functions,
            ResourceDescriptions resources) {
        this.management = management;
        this.service = service;
        this.functions = functions;
        this.resources = resources;
    }

    /** Runs {@code operation} (CreateFunction, GetFunction, ...) on {@code request}; returns its answer. */
    public JsonNode call(String operation, JsonNode request) {
        return switch (operation) {
            case "CreateFunction" -> createFunction(request);
            case "GetFunction" -> functions.getFunction(describedFunction(request));
            case "GetFunctionConfiguration" -> functions.configuration(describedFunction(request));
            case "ListFunctions" -> listFunctions();
            case "UpdateFunctionConfiguration" -> functions.configuration(management.updateConfiguration(
                    LambdaRequests.functionName(request), LambdaRequests.settings(request)));
            case "UpdateFunctionCode" -> updateFunctionCode(request);
            case "PublishVersion" -> functions.configuration(
                    management.publishVersion(LambdaRequests.functionName(request)), "1");
            case "CreateAlias" -> createAlias(request);
            case "CreateFunctionUrlConfig" -> resources.url(management.createFunctionUrl(
                    LambdaRequests.functionName(request), LambdaRequests.authType(request, true)), false);
            case "UpdateFunctionUrlConfig" -> resources.url(management.updateFunctionUrl(
                    LambdaRequests.functionName(request), LambdaRequests.authType(request, false)), true);
            case "GetFunctionUrlConfig" -> resources.url(management.withUrl(LambdaRequests.functionName(request)), true);
            case "CreateEventSourceMapping" -> createEventSourceMapping(request);
            case "UpdateEventSourceMapping" -> described(management.updateMapping(
                    LambdaRequests.required(request, "UUID", "uUID"), LambdaRequests.mappingSettings(request)),
                    "Updating");
            case "GetEventSourceMapping" -> getEventSourceMapping(request);
            case "DeleteEventSourceMapping" -> described(management.deleteMapping(
                    LambdaRequests.required(request, "UUID", "uUID")), "Deleting");
            case "ListEventSourceMappings" -> listEventSourceMappings(request);
            default -> throw LambdaErrors.unknownOperation();
        };
    }

    private JsonNode createFunction(JsonNode request) {
        String name = LambdaRequests.functionName(request);
        FunctionSettings settings = LambdaRequests.newFunctionSettings(request);
        byte[] zip = LambdaRequests.zipFile(request.path("Code"));
        LambdaFunction function = management.createFunction(name, settings, LambdaRequests.architectures(request), zip);
        if (Boolean.TRUE.equals(LambdaRequests.bool(request, "Publish"))) {
            return functions.configuration(management.publishVersion(name), "1");
        }
        return functions.configuration(function);
    }

    private JsonNode updateFunctionCode(JsonNode request) {
        String name = LambdaRequests.functionName(request);
        LambdaFunction function = management.updateCode(name, LambdaRequests.zipFile(request),
                LambdaRequests.architectures(request));
        if (Boolean.TRUE.equals(LambdaRequests.bool(request, "Publish"))) {
            return functions.configuration(management.publishVersion(name), "1");
        }
        return functions.configuration(function);
    }

    private JsonNode createAlias(JsonNode request) {
        String alias = LambdaRequests.aliasName(request);
        String version = LambdaRequests.required(request, "FunctionVersion", "functionVersion");
        return resources.alias(management.createAlias(LambdaRequests.functionName(request), alias, version), alias,
                version);
    }

    private JsonNode createEventSourceMapping(JsonNode request) {
        String source = LambdaRequests.eventSourceArn(request);
        String name = LambdaRequests.functionName(request);
        EventSourceMapping mapping = management.createMapping(name, source, LambdaRequests.startingPosition(request),
                LambdaRequests.mappingSettings(request));
        return described(mapping, "Creating");
    }

    private JsonNode getEventSourceMapping(JsonNode request) {
        EventSourceMapping mapping = management.mapping(LambdaRequests.required(request, "UUID", "uUID"));
        return described(mapping, ResourceDescriptions.restingState(mapping));
    }

    private ObjectNode described(EventSourceMapping mapping, String state) {
        return resources.mapping(mapping, state, management.lastProcessingResult(mapping.uuid()));
    }

    private JsonNode listEventSourceMappings(JsonNode request) {
        String name = request.hasNonNull("FunctionName") ? LambdaRequests.functionName(request) : null;
        ObjectNode answer = JSON.objectNode();
        ArrayNode list = answer.putArray("EventSourceMappings");
        management.mappings(name, LambdaRequests.text(request, "EventSourceArn")).forEach(mapping ->
                list.add(described(mapping, ResourceDescriptions.restingState(mapping))));
        return answer;
    }

    private LambdaFunction describedFunction(JsonNode request) {
        return service.function(LambdaRequests.text(request, "FunctionName"), LambdaRequests.text(request, "Qualifier"));
    }

    private ObjectNode listFunctions() {
        ObjectNode answer = JSON.objectNode();
        ArrayNode list = answer.putArray("Functions");
        for (LambdaFunction function : service.functions()) {
            list.add(functions.configuration(function));
        }
        return answer;
    }
}
