package com.apartmentbooking.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Everything that differs between deployments reaches the definition through the template's
 * DefinitionSubstitutions; the definition itself names no account, region, table or bus.
 */
class DeploymentBindingTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    /** ARNs other than the account- and region-free service integration ARNs ({@code arn:aws:states:::...}). */
    private static final Pattern RESOURCE_ARN = Pattern.compile("arn:aws[a-z-]*:(?!states:::)");
    private static final Pattern ACCOUNT_ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    private static final Pattern REGION = Pattern.compile(
            "\\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-|iso-|isob-)?[a-z]+-\\d\\b");

    private static final String APARTMENTS_TABLE = "${ApartmentsTable}";
    private static final String BOOKINGS_TABLE = "${BookingsTable}";
    private static final String EVENT_BUS = "${EventBusName}";

    @Test
    void everyPlaceholderIsADefinitionSubstitutionOfTheTemplate() {
        Set<String> substitutions = definitionSubstitutions().keySet();

        Set<String> placeholders = placeholders();
        for (String placeholder : placeholders) {
            assertTrue(substitutions.contains(placeholder),
                    "${" + placeholder + "} is not among the template's DefinitionSubstitutions " + substitutions);
        }
        assertEquals(Set.of("ApartmentsTable", "BookingsTable", "EventBusName"), placeholders);
    }

    @Test
    void theTemplateDeploysThisFileAsAStandardWorkflow() {
        Map<String, Object> properties = SamTemplate.bookingWorkflowProperties();

        assertEquals("../workflow/" + AslDefinition.FILE.getFileName(), properties.get("DefinitionUri"));
        // Standard is also what the template gets when it says nothing; the wait can last a day.
        assertEquals("STANDARD", properties.getOrDefault("Type", "STANDARD"));
    }

    @Test
    void namesNoAccountRegionOrResourceArn() {
        String text = AslDefinition.text();

        assertNoMatch(RESOURCE_ARN, text, "a resource ARN");
        assertNoMatch(ACCOUNT_ID, text, "an account id");
        assertNoMatch(REGION, text, "a region");
    }

    @Test
    void callsOnlyTheIntegrationsItNeeds() {
        Set<String> allowed = Set.of(AslDefinition.UPDATE_ITEM, AslDefinition.GET_ITEM, AslDefinition.PUT_EVENTS,
                AslDefinition.TRANSACT_WRITE_ITEMS);
        AslDefinition.states().forEach((name, state) -> {
            if ("Task".equals(state.path("Type").asText())) {
                assertTrue(allowed.contains(state.path("Resource").asText()),
                        name + " calls " + state.path("Resource").asText());
            }
        });
    }

    @Test
    void tablesAndBusComeOnlyFromSubstitutions() {
        AslDefinition.dynamoDbRequests().forEach((name, request) -> assertTrue(
                Set.of(APARTMENTS_TABLE, BOOKINGS_TABLE).contains(request.path("TableName").asText()),
                name + " names the table " + request.path("TableName")));
        AslDefinition.tasks(AslDefinition.PUT_EVENTS).forEach((name, task) -> task.path("Arguments").path("Entries")
                .forEach(entry -> assertEquals(EVENT_BUS, entry.path("EventBusName").asText(), name)));
    }

    @Test
    void itemKeysComeFromTheExecutionNeverFromLiterals() {
        AslDefinition.dynamoDbRequests().forEach((name, request) -> {
            JsonNode key = request.path("Key");
            assertTrue(key.size() > 0, name + " has no Key");
            key.fields().forEachRemaining(attribute -> assertTrue(
                    AslDefinition.isJsonata(attribute.getValue().path("S").asText()),
                    name + " hard-codes its key " + attribute.getValue()));
        });
    }

    @Test
    void theStateMachinesPolicyAllowsEveryDynamoDbActionItCalls() {
        Set<String> allowed = allowedActionsOnResources();
        Map<String, Object> substitutions = definitionSubstitutions();
        AslDefinition.dynamoDbRequests().forEach((where, request) -> {
            String table = request.path("TableName").asText();
            Object logicalId = substitutions.get(table.substring(2, table.length() - 1));
            String needed = iamAction(where) + " on " + logicalId + ".Arn";
            assertTrue(allowed.contains(needed), where + " needs " + needed + "; the policy allows " + allowed);
        });
    }

    /** The IAM action a request needs: a transaction's items need their single-item actions. */
    private static String iamAction(String where) {
        String action = AslDefinition.transactionAction(where);
        if (action != null) {
            return "dynamodb:" + (action.equals("ConditionCheck") ? "ConditionCheckItem" : action + "Item");
        }
        String resource = AslDefinition.state(where).path("Resource").asText();
        String operation = resource.substring(resource.lastIndexOf(':') + 1);
        return "dynamodb:" + Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
    }

    /** "action on resource" for every Allow statement of the state machine's policies ({@code !GetAtt} as written). */
    private static Set<String> allowedActionsOnResources() {
        Set<String> allowed = new LinkedHashSet<>();
        for (Object policy : (List<?>) SamTemplate.bookingWorkflowProperties().get("Policies")) {
            for (Object statement : (List<?>) ((Map<?, ?>) policy).get("Statement")) {
                Map<?, ?> body = (Map<?, ?>) statement;
                if ("Allow".equals(body.get("Effect"))) {
                    for (Object action : oneOrMany(body.get("Action"))) {
                        oneOrMany(body.get("Resource")).forEach(resource -> allowed.add(action + " on " + resource));
                    }
                }
            }
        }
        return allowed;
    }

    private static List<?> oneOrMany(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static Map<String, Object> definitionSubstitutions() {
        @SuppressWarnings("unchecked")
        Map<String, Object> substitutions =
                (Map<String, Object>) SamTemplate.bookingWorkflowProperties().get("DefinitionSubstitutions");
        assertTrue(substitutions != null && !substitutions.isEmpty(),
                SamTemplate.FILE + " gives the state machine no DefinitionSubstitutions");
        return substitutions;
    }

    private static Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(AslDefinition.text());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void assertNoMatch(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        assertFalse(matcher.find(), () -> "the definition hard-codes " + what + " at: "
                + text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40)));
    }
}
