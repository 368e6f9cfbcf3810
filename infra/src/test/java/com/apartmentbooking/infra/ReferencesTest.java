package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Ref, Fn::GetAtt, Fn::Sub placeholder and condition name in the template resolves. CloudFormation
 * only finds a dangling reference at deploy time, and the local runtime reads the same template.
 */
class ReferencesTest {

    private static final Set<String> PSEUDO_PARAMETERS = Set.of(
            "AWS::AccountId", "AWS::NoValue", "AWS::NotificationARNs", "AWS::Partition", "AWS::Region",
            "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    /** ${Name}, ${Resource.Attribute}; ${!Literal} is an escaped literal and is skipped. */
    private static final Pattern SUB_PLACEHOLDER = Pattern.compile("\\$\\{(?!!)([^}]+)}");

    /**
     * The attributes Fn::GetAtt may read, per resource type the template uses (CloudFormation resource
     * reference, "Return values"). A type missing here fails the test, so a new resource type gets
     * its attributes listed rather than passing unchecked.
     */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry(Template.SERVERLESS_FUNCTION, Set.of("Arn", "SnapStartResponse", "SnapStartResponse.ApplyOn",
                    "SnapStartResponse.OptimizationStatus")),
            Map.entry(Template.SERVERLESS_STATE_MACHINE, Set.of("Arn", "Name")),
            Map.entry("AWS::DynamoDB::Table", Set.of("Arn", "StreamArn")),
            Map.entry("AWS::Events::EventBus", Set.of("Arn", "Name", "Policy")),
            Map.entry("AWS::Events::Rule", Set.of("Arn")),
            Map.entry("AWS::SQS::Queue", Set.of("Arn", "QueueName", "QueueUrl")),
            Map.entry("AWS::Logs::LogGroup", Set.of("Arn")),
            Map.entry("AWS::IAM::Role", Set.of("Arn", "RoleId")),
            Map.entry("AWS::Lambda::Url", Set.of("FunctionArn", "FunctionUrl")),
            Map.entry("AWS::AppSync::GraphQLApi", Set.of("ApiId", "Arn", "GraphQLDns", "GraphQLEndpointArn",
                    "GraphQLUrl", "RealtimeDns", "RealtimeUrl")),
            Map.entry("AWS::AppSync::ApiKey", Set.of("ApiKey", "ApiKeyId", "Arn")),
            Map.entry("AWS::AppSync::DataSource", Set.of("DataSourceArn", "Name")),
            Map.entry("AWS::AppSync::GraphQLSchema", Set.of("Id")));

    /** A reference found in the template and where it was found. */
    private record Reference(String kind, String target, String attribute, String path) {
    }

    /**
     * Resources SAM generates from the template's SAM resources, which the template may name even though
     * it does not declare them (SAM developer guide, "Generated AWS CloudFormation resources"). Derived
     * from the resources themselves, so only what SAM will really generate is allowed.
     */
    static final class SamGenerated {
        /** Generated logical id -> its CloudFormation type. */
        final Map<String, String> resources = new HashMap<>();
        /** Referenceable properties usable with Ref, e.g. MyFunction.Alias. */
        final Set<String> refProperties = new HashSet<>();

        SamGenerated(Template template) {
            for (String function : template.resourcesOfType(Template.SERVERLESS_FUNCTION)) {
                Map<String, Object> properties = template.properties(function);
                if (!properties.containsKey("Role")) {
                    resources.put(function + "Role", "AWS::IAM::Role");
                }
                template.functionProperty(function, "AutoPublishAlias").ifPresent(alias -> {
                    resources.put(function + "Alias" + alias, "AWS::Lambda::Alias");
                    refProperties.add(function + ".Alias");
                    refProperties.add(function + ".Version");
                });
                if (properties.containsKey("FunctionUrlConfig")) {
                    resources.put(function + "Url", "AWS::Lambda::Url");
                }
            }
            for (String stateMachine : template.resourcesOfType(Template.SERVERLESS_STATE_MACHINE)) {
                Map<String, Object> properties = template.properties(stateMachine);
                if (!properties.containsKey("Role")) {
                    resources.put(stateMachine + "Role", "AWS::IAM::Role");
                }
                Map<String, Object> events = Template.map(properties.getOrDefault("Events", Map.of()), "Events");
                events.forEach((eventId, event) -> {
                    Object type = Template.map(event, eventId).get("Type");
                    if (Set.of("EventBridgeRule", "Schedule", "CloudWatchEvent").contains(type)) {
                        resources.put(stateMachine + eventId, "AWS::Events::Rule");
                    }
                });
            }
        }
    }

    private static List<Reference> references(Template template) {
        List<Reference> found = new ArrayList<>();
        for (String section : List.of("Conditions", "Globals", "Resources", "Outputs")) {
            collect(template.section(section), section, found);
        }
        return found;
    }

    private static void collect(Object node, String path, List<Reference> found) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        if (map.size() == 1) {
            Map.Entry<?, ?> only = map.entrySet().iterator().next();
            String key = String.valueOf(only.getKey());
            Object value = only.getValue();
            switch (key) {
                case "Ref" -> {
                    found.add(new Reference("Ref", (String) value, null, path));
                    return;
                }
                case "Condition" -> {
                    if (value instanceof String name) {
                        found.add(new Reference("Condition", name, null, path));
                        return;
                    }
                }
                case "Fn::GetAtt" -> {
                    List<?> parts = Template.list(value, path + " Fn::GetAtt");
                    assertEquals(2, parts.size(), path + ": Fn::GetAtt takes [Resource, Attribute]");
                    found.add(new Reference("GetAtt", (String) parts.get(0), (String) parts.get(1), path));
                    return;
                }
                case "Fn::Sub" -> {
                    collectSub(value, path, found);
                    return;
                }
                case "Fn::If" -> {
                    List<?> parts = Template.list(value, path + " Fn::If");
                    assertEquals(3, parts.size(), path + ": Fn::If takes [Condition, IfTrue, IfFalse]");
                    found.add(new Reference("Condition", (String) parts.get(0), null, path));
                    collect(parts.get(1), path + " Fn::If[1]", found);
                    collect(parts.get(2), path + " Fn::If[2]", found);
                    return;
                }
                default -> {
                    // Any other single-key map (another intrinsic or plain data) is searched below.
                }
            }
        }
        map.forEach((key, value) -> collect(value, path + "." + key, found));
    }

    private static void collectSub(Object value, String path, List<Reference> found) {
        String text;
        Set<String> variables = Set.of();
        if (value instanceof List<?> parts) {
            assertEquals(2, parts.size(), path + ": Fn::Sub takes a string or [string, variables]");
            text = (String) parts.get(0);
            Map<String, Object> map = Template.map(parts.get(1), path + " Fn::Sub variables");
            variables = map.keySet();
            collect(map, path + " Fn::Sub variables", found);
        } else {
            text = (String) value;
        }
        Matcher placeholder = SUB_PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (variables.contains(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            found.add(dot < 0
                    ? new Reference("Ref", name, null, path + " Fn::Sub")
                    : new Reference("GetAtt", name.substring(0, dot), name.substring(dot + 1), path + " Fn::Sub"));
        }
    }

    private static List<String> problems(Template template) {
        SamGenerated generated = new SamGenerated(template);
        Set<String> declared = template.resources().keySet();
        Set<String> parameters = template.section("Parameters").keySet();
        Set<String> conditions = template.section("Conditions").keySet();
        List<String> problems = new ArrayList<>();
        for (Reference reference : references(template)) {
            String target = reference.target();
            switch (reference.kind()) {
                case "Ref" -> {
                    boolean known = PSEUDO_PARAMETERS.contains(target) || parameters.contains(target)
                            || declared.contains(target) || generated.refProperties.contains(target)
                            || generated.resources.containsKey(target);
                    if (!known) {
                        problems.add(reference.path() + ": Ref " + target + " names no parameter or resource");
                    }
                }
                case "Condition" -> {
                    if (!conditions.contains(target)) {
                        problems.add(reference.path() + ": condition " + target + " is not defined");
                    }
                }
                default -> {
                    String type = declared.contains(target) ? template.type(target) : generated.resources.get(target);
                    if (type == null) {
                        problems.add(reference.path() + ": Fn::GetAtt " + target + " names no resource");
                    } else if (!ATTRIBUTES.containsKey(type)) {
                        problems.add(reference.path() + ": list the Fn::GetAtt attributes of " + type + " in this test");
                    } else if (!ATTRIBUTES.get(type).contains(reference.attribute())) {
                        problems.add(reference.path() + ": " + type + " has no attribute " + reference.attribute());
                    }
                }
            }
        }
        return problems;
    }

    @Test
    void everyReferenceResolves() {
        Template template = Template.load();
        List<Reference> references = references(template);
        assertFalse(references.isEmpty(), "the walk should see the template's references");
        List<String> problems = problems(template);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void subPlaceholdersAreFound() {
        Template template = Template.load();
        assertTrue(references(template).stream().anyMatch(r -> r.kind().equals("GetAtt")
                && r.target().equals("BookingWorkflow") && r.attribute().equals("Name") && r.path().contains("Fn::Sub")),
                "the ${BookingWorkflow.Name} inside the reservation function's Fn::Sub should be seen");
    }

    @Test
    void danglingReferencesAreReported() {
        Template template = Template.load();
        Map<String, Object> variables = Template.map(Template.map(
                template.properties("ReservationApiFunction").get("Environment"), "Environment").get("Variables"), "Variables");
        variables.put("MISSING", Template.ref("NoSuchTable"));
        variables.put("BAD_ATTRIBUTE", Template.getAtt("ApartmentsTable", "StreamARN"));
        variables.put("MISSING_IN_SUB", Map.of("Fn::Sub", "${NoSuchQueue.Arn}/x"));
        variables.put("BOUND_IN_SUB", Map.of("Fn::Sub", List.of("${Bound}", Map.of("Bound", "literal"))));
        variables.put("ESCAPED_IN_SUB", Map.of("Fn::Sub", "${!NotAReference}"));
        variables.put("BAD_CONDITION", Map.of("Fn::If", List.of("NoSuchCondition", "a", "b")));
        variables.put("UNDECLARED_ALIAS", Template.ref("PaymentsTable.Alias"));

        List<String> problems = problems(template);

        assertEquals(5, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Ref NoSuchTable")), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("no attribute StreamARN")), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Fn::GetAtt NoSuchQueue")), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("NoSuchCondition")), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Ref PaymentsTable.Alias")), () -> String.join("\n", problems));
    }

    @Test
    void samGeneratedNamesAreDerivedFromTheSamResources() {
        SamGenerated generated = new SamGenerated(Template.load());

        assertEquals("AWS::Lambda::Url", generated.resources.get("PaymentWebhookFunctionUrl"));
        assertNull(generated.resources.get("ReservationApiFunctionUrl"), "no FunctionUrlConfig, no URL");
        assertEquals("AWS::Lambda::Alias", generated.resources.get("ReservationApiFunctionAliaslive"));
        assertEquals("AWS::Events::Rule", generated.resources.get("BookingWorkflowBookingRequested"));
        assertEquals("AWS::IAM::Role", generated.resources.get("StatusProjectorFunctionRole"));
        assertTrue(generated.refProperties.contains("ReservationApiFunction.Alias"));
    }
}
