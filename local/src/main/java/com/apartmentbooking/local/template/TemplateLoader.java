package com.apartmentbooking.local.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation / SAM template (infra/template.yaml) into the resource model the local runtime starts:
 * parameters, conditions, intrinsics and the SAM transform, with nothing of the template itself known here.
 * A resource type it does not understand becomes a warning; a function, state machine, table or event bus that
 * cannot be resolved fails the load with a TemplateException naming it, since the flow cannot run without it.
 */
public final class TemplateLoader {

    private static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    private TemplateLoader() {
    }

    /** Loads with the default stack name and endpoint ({@link StackSettings}). */
    public static ResolvedTemplate load(Path templateFile, Map<String, String> parameterOverrides, String region,
            String accountId) {
        return load(templateFile, parameterOverrides, new StackSettings(StackSettings.DEFAULT_STACK_NAME, region,
                accountId, StackSettings.DEFAULT_ENDPOINT));
    }

    /** Loads for reading the template alone: a reference to an API key's value is refused ({@link ApiKeyValues#NONE}). */
    public static ResolvedTemplate load(Path templateFile, Map<String, String> parameterOverrides,
            StackSettings settings) {
        return load(templateFile, parameterOverrides, settings, ApiKeyValues.NONE);
    }

    /** Loads with the API keys' values of a running runtime, which {@code Fn::GetAtt <Key>.ApiKey} gives. */
    public static ResolvedTemplate load(Path templateFile, Map<String, String> parameterOverrides,
            StackSettings settings, ApiKeyValues apiKeys) {
        return load(templateFile, TemplateYaml.read(templateFile), parameterOverrides, settings, apiKeys);
    }

    /**
     * Loads from the template file's parsed text ({@link TemplateYaml#read}), which it leaves as it is, so that a
     * start that resolves the template twice (again once the tables' stream ARNs exist) parses it once;
     * {@code templateFile} is where relative paths (CodeUri, DefinitionUri) start from.
     */
    public static ResolvedTemplate load(Path templateFile, Map<String, Object> template,
            Map<String, String> parameterOverrides, StackSettings settings, ApiKeyValues apiKeys) {
        checkTransform(template.get("Transform"));
        Map<String, ParameterValue> parameters = Parameters.resolve(
                Values.map(template.get("Parameters"), "Parameters"), parameterOverrides);
        Map<String, Object> conditionDeclarations = Values.map(template.get("Conditions"), "Conditions");
        Intrinsics intrinsics = new Intrinsics(settings, parameters, conditionDeclarations,
                Values.map(template.get("Mappings"), "Mappings"));
        Map<String, Boolean> conditions = new LinkedHashMap<>();
        conditionDeclarations.keySet().forEach(name -> conditions.put(name, intrinsics.condition(name)));

        List<String> warnings = new ArrayList<>();
        Map<String, Object> globals = Values.map(template.get("Globals"), "Globals");
        globals.keySet().stream().filter(section -> !section.equals("Function")).forEach(section -> warnings.add(
                "Globals." + section + " is not understood by the local runtime and is left out"));
        Map<String, Object> functionGlobals = Values.map(globals.get("Function"), "Globals.Function");

        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        Values.map(template.get("Resources"), "Resources").forEach((id, raw) -> {
            Map<String, Object> resource = Values.map(raw, "resource " + id);
            if (resource.get("Type") == null) {
                throw new TemplateException("resource " + id + " has no Type");
            }
            Object condition = resource.get("Condition");
            if (condition != null && !intrinsics.condition(Values.string(condition, id + ".Condition"))) {
                excluded.put(id, String.valueOf(condition));
            } else {
                resources.put(id, resource);
            }
        });
        ResourceAttributes attributes = new ResourceAttributes(settings, resources, excluded, functionGlobals,
                intrinsics, apiKeys);
        intrinsics.attach(attributes);
        List<String> order = CreationOrder.of(resources, attributes);

        Path directory = templateFile.toAbsolutePath().getParent();
        SamFunctions functions = new SamFunctions(intrinsics, attributes, functionGlobals, directory, warnings);
        SamStateMachines stateMachines = new SamStateMachines(intrinsics, attributes, directory, warnings);
        CloudFormationResources plain = new CloudFormationResources(intrinsics, attributes);
        AppSyncResources appSync = new AppSyncResources(intrinsics, attributes, directory, warnings);
        Builder model = new Builder();
        for (String id : order) {
            String type = attributes.type(id);
            ResourceKind kind = ResourceKind.of(type);
            Map<String, Object> properties = Values.map(resources.get(id).get("Properties"), id + ".Properties");
            try {
                switch (kind) {
                    case FUNCTION -> model.functions.add(functions.build(id, properties));
                    case STATE_MACHINE -> model.stateMachines.add(stateMachines.build(id, properties));
                    case TABLE -> model.tables.add(plain.table(id, properties));
                    case EVENT_BUS -> model.buses.add(plain.eventBus(id));
                    case QUEUE -> model.queues.add(plain.queue(id, properties));
                    case SECRET -> model.secrets.add(plain.secret(id, properties));
                    case APPSYNC -> appSync.add(id, type, properties);
                    case IGNORED -> model.ignored.add(new RecordedResource(id, type, properties));
                    case UNKNOWN -> warnings.add("resource " + id + " has type " + type
                            + ", which the local runtime does not understand; it is not created");
                }
            } catch (TemplateException e) {
                throw new TemplateException("resource " + id + " (" + type + ") cannot be resolved"
                        + (kind.needed() ? ", and the booking flow needs it" : "") + ": " + e.getMessage(), e);
            }
        }
        return new ResolvedTemplate(parameters, conditions, model.tables, model.buses, model.queues,
                model.secrets, model.stateMachines, model.functions, appSync.apis(), model.ignored, order, warnings);
    }

    /** SAM is the only transform the runtime applies; another would change resources in ways it cannot know. */
    private static void checkTransform(Object transform) {
        List<Object> transforms = transform == null ? List.of()
                : transform instanceof List<?> ? Values.list(transform, "Transform") : List.of(transform);
        for (Object name : transforms) {
            if (!SAM_TRANSFORM.equals(name)) {
                throw new TemplateException("Transform " + name + " is not supported by the local runtime (only "
                        + SAM_TRANSFORM + ")");
            }
        }
    }

    /** The model's lists while they fill, in creation order. */
    private static final class Builder {
        final List<TableSpec> tables = new ArrayList<>();
        final List<EventBusSpec> buses = new ArrayList<>();
        final List<QueueSpec> queues = new ArrayList<>();
        final List<SecretSpec> secrets = new ArrayList<>();
        final List<StateMachineSpec> stateMachines = new ArrayList<>();
        final List<FunctionSpec> functions = new ArrayList<>();
        final List<RecordedResource> ignored = new ArrayList<>();
    }
}
