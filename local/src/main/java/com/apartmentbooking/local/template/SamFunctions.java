package com.apartmentbooking.local.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SAM transform's meaning of AWS::Serverless::Function for the local runtime: Globals.Function merged in,
 * CodeUri as a local path, the environment, DynamoDB stream events, the function URL and the alias. Policies,
 * tracing, SnapStart and logging settings have no local effect and are not read.
 */
final class SamFunctions {

    /** SAM's defaults when neither the function nor Globals gives a value. */
    private static final int DEFAULT_MEMORY_SIZE = 128;
    private static final int DEFAULT_TIMEOUT_SECONDS = 3;

    private final Intrinsics intrinsics;
    private final ResourceAttributes attributes;
    private final Map<String, Object> globals;
    private final Path templateDirectory;
    private final List<String> warnings;

    SamFunctions(Intrinsics intrinsics, ResourceAttributes attributes, Map<String, Object> globals,
            Path templateDirectory, List<String> warnings) {
        this.intrinsics = intrinsics;
        this.attributes = attributes;
        this.globals = globals;
        this.templateDirectory = templateDirectory;
        this.warnings = warnings;
    }

    FunctionSpec build(String id, Map<String, Object> ownProperties) {
        Map<String, Object> properties = Values.map(merge(globals, ownProperties), id + ".Properties");
        String where = id;
        String handler = required(properties, "Handler", where);
        String runtime = required(properties, "Runtime", where);
        Object codeUri = intrinsics.resolve(properties.get("CodeUri"), where + ".CodeUri");
        if (!(codeUri instanceof String path)) {
            throw new TemplateException(where + ".CodeUri must be a local path (the built jar), not "
                    + Values.describe(codeUri));
        }
        Map<String, Object> resolvedSettings = new LinkedHashMap<>();
        for (String key : List.of("MemorySize", "Timeout")) {
            if (properties.containsKey(key)) {
                resolvedSettings.put(key, intrinsics.resolve(properties.get(key), where + "." + key));
            }
        }
        Integer memory = Values.optionalInt(resolvedSettings, "MemorySize", where);
        Integer timeout = Values.optionalInt(resolvedSettings, "Timeout", where);
        List<String> architectures = Values.strings(
                intrinsics.resolve(properties.get("Architectures"), where + ".Architectures"), where + ".Architectures");
        Map<String, Object> environment = Values.map(intrinsics.resolve(
                Values.map(properties.get("Environment"), where + ".Environment").get("Variables"),
                where + ".Environment.Variables"), where + ".Environment.Variables");
        Map<String, String> variables = new LinkedHashMap<>();
        environment.forEach((name, value) -> variables.put(name,
                Values.string(value, where + ".Environment.Variables." + name)));

        String urlAuthType = null;
        String url = null;
        if (properties.containsKey("FunctionUrlConfig")) {
            Map<String, Object> urlConfig = Values.map(
                    intrinsics.resolve(properties.get("FunctionUrlConfig"), where + ".FunctionUrlConfig"),
                    where + ".FunctionUrlConfig");
            urlAuthType = required(urlConfig, "AuthType", where + ".FunctionUrlConfig");
            url = Values.string(attributes.getAtt(id + "Url", "FunctionUrl", where), where);
        }
        String alias = properties.containsKey("AutoPublishAlias")
                ? intrinsics.resolveString(properties.get("AutoPublishAlias"), where + ".AutoPublishAlias") : null;

        return new FunctionSpec(id, attributes.physicalName(id), attributes.functionArn(id), handler, runtime,
                templateDirectory.resolve(path).normalize(),
                memory == null ? DEFAULT_MEMORY_SIZE : memory, timeout == null ? DEFAULT_TIMEOUT_SECONDS : timeout,
                architectures, variables, streamEvents(id, properties), urlAuthType, url, alias);
    }

    private List<StreamEventSource> streamEvents(String id, Map<String, Object> properties) {
        List<StreamEventSource> sources = new ArrayList<>();
        Values.map(properties.get("Events"), id + ".Events").forEach((eventId, rawEvent) -> {
            String where = id + ".Events." + eventId;
            Map<String, Object> event = Values.map(rawEvent, where);
            String type = Values.optionalString(event, "Type", where);
            if (!"DynamoDB".equals(type)) {
                warnings.add("resource " + id + " (AWS::Serverless::Function): event " + eventId + " of type " + type
                        + " is not understood by the local runtime and is left out");
                return;
            }
            Map<String, Object> p = Values.map(intrinsics.resolve(event.get("Properties"), where + ".Properties"),
                    where + ".Properties");
            String stream = required(p, "Stream", where);
            String startingPosition = required(p, "StartingPosition", where);
            Map<String, Object> onFailure = Values.map(
                    Values.map(p.get("DestinationConfig"), where + ".DestinationConfig").get("OnFailure"),
                    where + ".DestinationConfig.OnFailure");
            Object bisect = p.get("BisectBatchOnFunctionError");
            Object enabled = p.get("Enabled");
            sources.add(new StreamEventSource(eventId, attributes.physicalName(id + eventId), stream, startingPosition,
                    Values.optionalInt(p, "BatchSize", where), Values.optionalInt(p, "MaximumBatchingWindowInSeconds", where),
                    Values.strings(p.get("FunctionResponseTypes"), where + ".FunctionResponseTypes"),
                    Values.optionalInt(p, "MaximumRetryAttempts", where),
                    Values.optionalInt(p, "MaximumRecordAgeInSeconds", where),
                    bisect == null ? null : Boolean.valueOf(Values.string(bisect, where)),
                    Values.optionalString(onFailure, "Destination", where + ".DestinationConfig.OnFailure"),
                    enabled == null || Boolean.parseBoolean(Values.string(enabled, where))));
        });
        return sources;
    }

    private String required(Map<String, Object> properties, String key, String where) {
        Object value = properties.get(key);
        if (value == null) {
            throw new TemplateException(where + ": " + key + " is required");
        }
        return intrinsics.resolveString(value, where + "." + key);
    }

    /**
     * SAM's Globals rule: the function's own scalar wins, maps are merged key by key (so Environment.Variables
     * of both apply), lists are concatenated with Globals' items first.
     */
    static Object merge(Object global, Object own) {
        if (global instanceof Map<?, ?> globalMap && own instanceof Map<?, ?> ownMap && !isIntrinsic(ownMap)
                && !isIntrinsic(globalMap)) {
            Map<String, Object> merged = new LinkedHashMap<>();
            globalMap.forEach((key, value) -> merged.put(String.valueOf(key), value));
            ownMap.forEach((key, value) -> merged.merge(String.valueOf(key), value, SamFunctions::merge));
            return merged;
        }
        if (global instanceof List<?> globalList && own instanceof List<?> ownList) {
            List<Object> merged = new ArrayList<>(globalList);
            merged.addAll(ownList);
            return merged;
        }
        return own == null ? global : own;
    }

    private static boolean isIntrinsic(Map<?, ?> map) {
        return map.size() == 1 && map.keySet().stream().map(String::valueOf)
                .anyMatch(key -> key.equals("Ref") || key.startsWith("Fn::"));
    }
}
