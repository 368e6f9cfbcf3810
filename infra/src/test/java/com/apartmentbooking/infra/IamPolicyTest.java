package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, checked over every policy document in the template: no wildcard action, no "*"
 * resource except for X-Ray (whose write actions have no resource-level permissions), no NotAction /
 * NotResource, and no SAM policy templates or managed policies, whose actions this walk could not see.
 */
class IamPolicyTest {

    /** One policy statement and the resource (and path inside it) it was found in. */
    record Statement(String resource, String path, Map<String, Object> body) {
    }

    /** The walk's result: the statements found and what cannot be checked at all. */
    record Walk(List<Statement> statements, List<String> problems) {
    }

    static Walk walk(Template template) {
        List<Statement> statements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        template.resources().forEach((id, resource) -> {
            String type = template.type(id);
            if (type.equals(Template.SERVERLESS_FUNCTION) || type.equals(Template.SERVERLESS_STATE_MACHINE)) {
                Object policies = template.properties(id).get("Policies");
                if (policies != null) {
                    for (Object policy : Template.oneOrMany(policies)) {
                        if (!(policy instanceof Map<?, ?> document) || !document.containsKey("Statement")) {
                            problems.add(id + ": Policies entry " + policy
                                    + " is a SAM policy template or managed policy; write its statements out");
                        }
                    }
                }
            }
            collect(id, resource, id, statements);
        });
        return new Walk(statements, problems);
    }

    /** Any mapping with a Statement is a policy document, wherever a resource type keeps it. */
    private static void collect(String resource, Object node, String path, List<Statement> statements) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(resource, list.get(i), path + "[" + i + "]", statements);
            }
        } else if (node instanceof Map<?, ?> map) {
            if (map.containsKey("Statement")) {
                List<?> body = Template.oneOrMany(map.get("Statement"));
                for (int i = 0; i < body.size(); i++) {
                    statements.add(new Statement(resource, path + ".Statement[" + i + "]",
                            Template.map(body.get(i), path + ".Statement[" + i + "]")));
                }
            }
            map.forEach((key, value) -> collect(resource, value, path + "." + key, statements));
        }
    }

    static List<String> violations(List<Statement> statements) {
        List<String> violations = new ArrayList<>();
        for (Statement statement : statements) {
            Map<String, Object> body = statement.body();
            String where = statement.path();
            if ("Deny".equals(body.get("Effect"))) {
                continue;
            }
            if (body.containsKey("NotAction") || body.containsKey("NotResource")) {
                violations.add(where + ": NotAction / NotResource allow everything else");
                continue;
            }
            List<?> actions = Template.oneOrMany(body.get("Action"));
            if (actions.isEmpty()) {
                violations.add(where + ": an Allow statement without Action");
            }
            for (Object action : actions) {
                if (!(action instanceof String name) || name.contains("*")) {
                    violations.add(where + ": action " + action + " is not one named action");
                }
            }
            if (body.containsKey("Resource")) {
                List<?> resources = Template.oneOrMany(body.get("Resource"));
                boolean onlyXRay = actions.stream().allMatch(a -> a instanceof String s && s.startsWith("xray:"));
                if (resources.contains("*") && !onlyXRay) {
                    violations.add(where + ": Resource \"*\" is only for X-Ray actions, not " + actions);
                }
                resources.stream().filter(r -> r instanceof String s && !s.equals("*")).forEach(r -> violations.add(
                        where + ": literal resource " + r + "; name this stack's resources with Ref / GetAtt / Sub"));
            }
        }
        return violations;
    }

    @Test
    void everyPolicyInTheTemplateIsLeastPrivilege() {
        Walk walk = walk(Template.load());
        assertTrue(walk.problems().isEmpty(), () -> String.join("\n", walk.problems()));
        List<String> violations = violations(walk.statements());
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void theWalkSeesTheDocumentsOfEveryKindOfResource() {
        Template template = Template.load();
        Set<String> withStatements = walk(template).statements().stream().map(Statement::resource).collect(Collectors.toSet());

        Set<String> expected = new HashSet<>(template.resourcesOfType(Template.SERVERLESS_FUNCTION));
        expected.addAll(template.resourcesOfType(Template.SERVERLESS_STATE_MACHINE));
        expected.addAll(template.resourcesOfType("AWS::IAM::Role"));
        expected.addAll(template.resourcesOfType("AWS::SQS::QueuePolicy"));
        assertEquals(7, expected.size(), "four functions, the state machine, the AppSync role, the DLQ policy");
        assertEquals(expected, withStatements);
    }

    @Test
    void noStatementNeedsAStarResource() {
        // SAM attaches AWSXrayWriteOnlyAccess itself for Tracing (functions and state machine alike), so
        // the template's own statements all name resources of this stack.
        List<Statement> star = walk(Template.load()).statements().stream()
                .filter(s -> Template.oneOrMany(s.body().get("Resource")).contains("*")).toList();
        assertEquals(List.of(), star);
    }

    @Test
    void theWebhookReadsAndWritesPaymentRecordsOnly() {
        Template template = Template.load();
        List<String> actions = walk(template).statements().stream()
                .filter(statement -> statement.resource().equals("PaymentWebhookFunction"))
                .filter(statement -> Template.oneOrMany(statement.body().get("Resource"))
                        .contains(Template.getAtt("PaymentsTable", "Arn")))
                .flatMap(statement -> Template.oneOrMany(statement.body().get("Action")).stream().map(String::valueOf))
                .toList();

        // GetItem: a replayed event is matched against its record before anything is announced.
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem"), Set.copyOf(actions));
    }

    @Test
    void badStatementsAreReported() {
        Template template = Template.load();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("Version", "2012-10-17");
        bad.put("Statement", List.of(
                Map.of("Effect", "Allow", "Action", "*", "Resource", Template.getAtt("BookingsTable", "Arn")),
                Map.of("Effect", "Allow", "Action", List.of("dynamodb:*"), "Resource", Template.getAtt("BookingsTable", "Arn")),
                Map.of("Effect", "Allow", "Action", "dynamodb:Get*", "Resource", Template.getAtt("BookingsTable", "Arn")),
                Map.of("Effect", "Allow", "Action", List.of("xray:PutTraceSegments", "dynamodb:GetItem"), "Resource", "*"),
                Map.of("Effect", "Allow", "NotAction", "iam:*", "Resource", Template.getAtt("BookingsTable", "Arn")),
                Map.of("Effect", "Allow", "Action", "sqs:SendMessage", "Resource", "arn:aws:sqs:us-east-1:123456789012:other"),
                Map.of("Effect", "Allow", "Action", "xray:PutTraceSegments", "Resource", "*"),
                Map.of("Effect", "Deny", "Action", "*", "Resource", "*")));
        List<Object> policies = new ArrayList<>(Template.list(template.properties("PaymentWebhookFunction").get("Policies"), "Policies"));
        policies.add(bad);
        policies.add(Map.of("DynamoDBCrudPolicy", Map.of("TableName", Template.ref("PaymentsTable"))));
        policies.add("AmazonDynamoDBFullAccess");
        template.properties("PaymentWebhookFunction").put("Policies", policies);

        Walk walk = walk(template);
        List<String> violations = violations(walk.statements());

        assertEquals(2, walk.problems().size(), () -> String.join("\n", walk.problems()));
        assertEquals(6, violations.size(), () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("action * ")), () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("dynamodb:*")), () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("dynamodb:Get*")), () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("only for X-Ray")), () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("NotAction")), () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("literal resource")), () -> String.join("\n", violations));
    }
}
