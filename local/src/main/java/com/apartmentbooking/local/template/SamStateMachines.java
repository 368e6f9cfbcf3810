package com.apartmentbooking.local.template;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SAM transform's meaning of AWS::Serverless::StateMachine for the local runtime: the definition from
 * DefinitionUri (a local file, as {@code sam deploy} uploads it) or inline Definition, DefinitionSubstitutions
 * applied to its {@code ${Name}} placeholders, and each EventBridgeRule event as the rule SAM generates.
 * Policies, roles and tracing have no local effect and are not read.
 */
final class SamStateMachines {


    private final Intrinsics intrinsics;
    private final ResourceAttributes attributes;
    private final Path templateDirectory;
    private final List<String> warnings;

    SamStateMachines(Intrinsics intrinsics, ResourceAttributes attributes, Path templateDirectory,
            List<String> warnings) {
        this.intrinsics = intrinsics;
        this.attributes = attributes;
        this.templateDirectory = templateDirectory;
        this.warnings = warnings;
    }

    StateMachineSpec build(String id, Map<String, Object> properties) {
        String definition = substitute(id, definitionText(id, properties), properties);
        String type = properties.containsKey("Type")
                ? intrinsics.resolveString(properties.get("Type"), id + ".Type") : "STANDARD";
        String arn = Values.string(attributes.getAtt(id, "Arn", id), id);
        return new StateMachineSpec(id, attributes.physicalName(id), arn, type, definition, rules(id, arn, properties));
    }

    private String definitionText(String id, Map<String, Object> properties) {
        if (properties.containsKey("Definition")) {
            try {
                return Json.DATA.writerWithDefaultPrettyPrinter().writeValueAsString(
                        intrinsics.resolve(properties.get("Definition"), id + ".Definition"));
            } catch (JsonProcessingException e) {
                throw new TemplateException(id + ".Definition cannot be written as JSON: " + e.getMessage(), e);
            }
        }
        Object uri = intrinsics.resolve(properties.get("DefinitionUri"), id + ".DefinitionUri");
        if (!(uri instanceof String path)) {
            throw new TemplateException(id + ": DefinitionUri must be a local file (or Definition given inline), not "
                    + Values.describe(uri));
        }
        Path file = templateDirectory.resolve(path).normalize();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException(id + ": cannot read DefinitionUri " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces each ${Key} of DefinitionSubstitutions; other ${...} text stays, as Step Functions would see it. */
    private String substitute(String id, String definition, Map<String, Object> properties) {
        Map<String, Object> substitutions = Values.map(
                intrinsics.resolve(properties.get("DefinitionSubstitutions"), id + ".DefinitionSubstitutions"),
                id + ".DefinitionSubstitutions");
        String result = definition;
        for (Map.Entry<String, Object> entry : substitutions.entrySet()) {
            result = result.replace("${" + entry.getKey() + "}",
                    Values.string(entry.getValue(), id + ".DefinitionSubstitutions." + entry.getKey()));
        }
        return result;
    }

    private List<EventRuleSpec> rules(String id, String stateMachineArn, Map<String, Object> properties) {
        List<EventRuleSpec> rules = new ArrayList<>();
        Values.map(properties.get("Events"), id + ".Events").forEach((eventId, rawEvent) -> {
            String where = id + ".Events." + eventId;
            Map<String, Object> event = Values.map(rawEvent, where);
            String type = Values.optionalString(event, "Type", where);
            if (!"EventBridgeRule".equals(type)) {
                warnings.add("resource " + id + " (AWS::Serverless::StateMachine): event " + eventId + " of type "
                        + type + " is not understood by the local runtime and is left out");
                return;
            }
            Map<String, Object> p = Values.map(intrinsics.resolve(event.get("Properties"), where + ".Properties"),
                    where + ".Properties");
            if (!p.containsKey("Pattern")) {
                throw new TemplateException(where + ": Pattern is required");
            }
            String pattern;
            try {
                pattern = Json.DATA.writeValueAsString(p.get("Pattern"));
            } catch (JsonProcessingException e) {
                throw new TemplateException(where + ".Pattern cannot be written as JSON: " + e.getMessage(), e);
            }
            Map<String, Object> retry = Values.map(p.get("RetryPolicy"), where + ".RetryPolicy");
            Map<String, Object> deadLetter = Values.map(p.get("DeadLetterConfig"), where + ".DeadLetterConfig");
            if (!deadLetter.isEmpty() && !deadLetter.containsKey("Arn")) {
                throw new TemplateException(where + ".DeadLetterConfig: only an existing queue's Arn is supported "
                        + "locally, not a queue SAM would create (Type)");
            }
            Map<String, Object> target = Values.map(p.get("Target"), where + ".Target");
            String ruleId = id + eventId;
            String busName = p.containsKey("EventBusName") ? Values.string(p.get("EventBusName"), where) : "default";
            rules.add(new EventRuleSpec(ruleId, eventId, attributes.physicalName(ruleId),
                    Values.string(attributes.getAtt(ruleId, "Arn", where), where), busName, pattern,
                    p.containsKey("State") ? Values.string(p.get("State"), where + ".State") : "ENABLED",
                    stateMachineArn,
                    // SAM's target id when the event names none.
                    target.containsKey("Id") ? Values.string(target.get("Id"), where + ".Target.Id")
                            : ruleId + "StepFunctionsTarget",
                    p.containsKey("Input") ? Values.string(p.get("Input"), where + ".Input") : null,
                    Values.optionalString(p, "InputPath", where),
                    Values.optionalInt(retry, "MaximumRetryAttempts", where + ".RetryPolicy"),
                    Values.optionalInt(retry, "MaximumEventAgeInSeconds", where + ".RetryPolicy"),
                    Values.optionalString(deadLetter, "Arn", where + ".DeadLetterConfig")));
        });
        return rules;
    }
}
