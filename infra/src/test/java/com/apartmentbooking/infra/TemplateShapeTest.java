package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.events.EventContract;
import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.items.TableSchemas;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The resources are wired as DESIGN.md and the issue describe, and every name the template shares with
 * the code (key and index attributes, TTL, event source and type) is the model's constant.
 */
class TemplateShapeTest {

    private final Template template = Template.load();

    private Map<String, Object> property(String resource, String name) {
        return Template.map(template.properties(resource).get(name), resource + "." + name);
    }

    private static List<Map<String, Object>> keySchema(Object keySchema, String where) {
        return Template.list(keySchema, where).stream().map(k -> Template.map(k, where)).toList();
    }

    private static Map<String, String> keys(Object keySchema, String where) {
        return keySchema(keySchema, where).stream().collect(Collectors.toMap(
                k -> (String) k.get("KeyType"), k -> (String) k.get("AttributeName")));
    }

    @Test
    void tablesAreOnDemandRecoverableAndNamedByCloudFormation() {
        List<String> tables = template.resourcesOfType("AWS::DynamoDB::Table");
        assertEquals(List.of("ApartmentsTable", "BookingsTable", "PaymentsTable"), tables);
        for (String table : tables) {
            Map<String, Object> properties = template.properties(table);
            assertEquals("PAY_PER_REQUEST", properties.get("BillingMode"), table);
            assertEquals(Map.of("PointInTimeRecoveryEnabled", true), properties.get("PointInTimeRecoverySpecification"), table);
            assertFalse(properties.containsKey("TableName"), table + ": a fixed name would allow one stack per account and region");
            assertEquals("Retain", template.resource(table).get("DeletionPolicy"), table + " holds business data");
            assertEquals("Retain", template.resource(table).get("UpdateReplacePolicy"), table + " holds business data");

            // CloudFormation rejects an attribute definition no key schema uses.
            Set<String> keyAttributes = new HashSet<>(keys(properties.get("KeySchema"), table).values());
            for (Object index : Template.oneOrMany(properties.getOrDefault("GlobalSecondaryIndexes", List.of()))) {
                keyAttributes.addAll(keys(Template.map(index, table).get("KeySchema"), table).values());
            }
            Set<Object> defined = Template.list(properties.get("AttributeDefinitions"), table).stream()
                    .map(d -> Template.map(d, table).get("AttributeName")).collect(Collectors.toSet());
            assertEquals(keyAttributes, defined, table + " attribute definitions");
        }
    }

    @Test
    void apartmentsAreKeyedByIdWithTheByStatusIndexAndAStream() {
        Map<String, Object> properties = template.properties("ApartmentsTable");
        assertEquals(Map.of("HASH", Attributes.ID), keys(properties.get("KeySchema"), "ApartmentsTable"));
        List<?> indexes = Template.list(properties.get("GlobalSecondaryIndexes"), "GlobalSecondaryIndexes");
        assertEquals(1, indexes.size());
        Map<String, Object> index = Template.map(indexes.get(0), "byStatus");
        assertEquals(TableSchemas.APARTMENTS_BY_STATUS_INDEX, index.get("IndexName"));
        assertEquals(Map.of("HASH", Attributes.STATUS, "RANGE", Attributes.ID), keys(index.get("KeySchema"), "byStatus"));
        assertEquals(Map.of("ProjectionType", "ALL"), index.get("Projection"));
        assertEquals(Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"), properties.get("StreamSpecification"));
    }

    @Test
    void bookingsAreKeyedByIdWithAStream() {
        Map<String, Object> properties = template.properties("BookingsTable");
        assertEquals(Map.of("HASH", Attributes.ID), keys(properties.get("KeySchema"), "BookingsTable"));
        assertEquals(Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"), properties.get("StreamSpecification"));
    }

    @Test
    void paymentsAreKeyedByEventIdAndNeverExpire() {
        Map<String, Object> properties = template.properties("PaymentsTable");
        assertEquals(Map.of("HASH", Attributes.EVENT_ID), keys(properties.get("KeySchema"), "PaymentsTable"));
        // Disabled by name rather than left out: a stack deployed with TTL on "ttl" turns it off only so.
        assertEquals(Map.of("AttributeName", "ttl", "Enabled", false), properties.get("TimeToLiveSpecification"));
    }

    @Test
    void theBusIsNamedBooking() {
        assertEquals("booking", template.properties("BookingBus").get("Name"));
    }

    @Test
    void bookingRequestedEventsStartTheWorkflowWithRetriesAndADeadLetterQueue() {
        Map<String, Object> workflow = template.properties("BookingWorkflow");
        assertEquals("STANDARD", workflow.get("Type"));
        assertEquals(Map.of("Enabled", true), workflow.get("Tracing"));
        assertEquals(Map.of("ApartmentsTable", Template.ref("ApartmentsTable"), "BookingsTable", Template.ref("BookingsTable"),
                "EventBusName", Template.ref("BookingBus")), workflow.get("DefinitionSubstitutions"));

        Map<String, Object> events = Template.map(workflow.get("Events"), "Events");
        assertEquals(Set.of("BookingRequested"), events.keySet());
        Map<String, Object> event = Template.map(events.get("BookingRequested"), "BookingRequested");
        assertEquals("EventBridgeRule", event.get("Type"));
        Map<String, Object> rule = Template.map(event.get("Properties"), "Properties");
        assertEquals(Template.ref("BookingBus"), rule.get("EventBusName"));
        assertEquals(Map.of("source", List.of(EventContract.SOURCE_RESERVATION),
                "detail-type", List.of(EventContract.BOOKING_REQUESTED)), rule.get("Pattern"));
        assertEquals("$.detail", rule.get("InputPath"));
        assertEquals(Set.of("MaximumRetryAttempts", "MaximumEventAgeInSeconds"),
                Template.map(rule.get("RetryPolicy"), "RetryPolicy").keySet());
        assertEquals(Map.of("Arn", Template.getAtt("WorkflowDeadLetterQueue", "Arn")), rule.get("DeadLetterConfig"));
    }

    @Test
    void eventBridgeMaySendOnlyThatRulesDeadLettersToTheQueue() {
        Map<String, Object> policy = template.properties("WorkflowDeadLetterQueuePolicy");
        assertEquals(List.of(Template.ref("WorkflowDeadLetterQueue")), policy.get("Queues"));
        List<?> statements = Template.list(Template.map(policy.get("PolicyDocument"), "PolicyDocument").get("Statement"), "Statement");
        assertEquals(1, statements.size());
        Map<String, Object> statement = Template.map(statements.get(0), "Statement");
        assertEquals(Map.of("Service", "events.amazonaws.com"), statement.get("Principal"));
        assertEquals("sqs:SendMessage", statement.get("Action"));
        assertEquals(Template.getAtt("WorkflowDeadLetterQueue", "Arn"), statement.get("Resource"));
        // SAM names the rule of BookingWorkflow's BookingRequested event <state machine><event>.
        assertEquals(Map.of("ArnEquals", Map.of("aws:SourceArn", Template.getAtt("BookingWorkflowBookingRequested", "Arn"))),
                statement.get("Condition"));
    }

    @Test
    void theProjectorReadsBothStreamsInOrderAndParksWhatItGivesUpOn() {
        Map<String, Object> events = property("StatusProjectorFunction", "Events");
        Set<Object> streams = new HashSet<>();
        for (Object value : events.values()) {
            Map<String, Object> event = Template.map(value, "event");
            assertEquals("DynamoDB", event.get("Type"));
            Map<String, Object> source = Template.map(event.get("Properties"), "Properties");
            streams.add(source.get("Stream"));
            assertEquals("TRIM_HORIZON", source.get("StartingPosition"));
            assertEquals(List.of("ReportBatchItemFailures"), source.get("FunctionResponseTypes"));
            assertEquals(false, source.get("BisectBatchOnFunctionError"), "splitting a batch would reorder a key's changes");
            assertInstanceOf(Integer.class, source.get("MaximumRetryAttempts"));
            assertInstanceOf(Integer.class, source.get("BatchSize"));
            assertEquals(Map.of("OnFailure", Map.of("Destination", Template.getAtt("ProjectorFailureQueue", "Arn"))),
                    source.get("DestinationConfig"));
        }
        assertEquals(Set.of(Template.getAtt("ApartmentsTable", "StreamArn"), Template.getAtt("BookingsTable", "StreamArn")), streams);
        assertTrue(statementsOf("StatusProjectorFunction").stream().anyMatch(s -> s.get("Action").equals("sqs:SendMessage")
                && s.get("Resource").equals(Template.getAtt("ProjectorFailureQueue", "Arn"))),
                "the projector's role must be allowed to send to its on-failure destination");
    }

    @Test
    void theRelayReadsTheBookingsStreamInOrderAndParksWhatItGivesUpOn() {
        Map<String, Object> events = property("BookingRequestedRelayFunction", "Events");
        assertEquals(Set.of("BookingsStream"), events.keySet());
        Map<String, Object> event = Template.map(events.get("BookingsStream"), "BookingsStream");
        assertEquals("DynamoDB", event.get("Type"));
        Map<String, Object> source = Template.map(event.get("Properties"), "Properties");
        assertEquals(Template.getAtt("BookingsTable", "StreamArn"), source.get("Stream"));
        assertEquals("TRIM_HORIZON", source.get("StartingPosition"));
        assertEquals(List.of("ReportBatchItemFailures"), source.get("FunctionResponseTypes"));
        assertEquals(false, source.get("BisectBatchOnFunctionError"), "splitting a batch would reorder requests");
        assertFalse(source.containsKey("FilterCriteria"), "the handler filters: the local runtime ignores FilterCriteria");
        assertEquals(Map.of("OnFailure", Map.of("Destination",
                Template.getAtt("BookingRequestedRelayFailureQueue", "Arn"))), source.get("DestinationConfig"));
    }

    @Test
    void theRelayMayPublishOnTheBusAndParkFailuresOnlyAndTheReservationFunctionPublishesNothing() {
        assertEquals(Set.of(List.of("events:PutEvents", Template.getAtt("BookingBus", "Arn")),
                        List.of("sqs:SendMessage", Template.getAtt("BookingRequestedRelayFailureQueue", "Arn"))),
                statementsOf("BookingRequestedRelayFunction").stream()
                        .map(s -> List.of(s.get("Action"), s.get("Resource"))).collect(Collectors.toSet()));
        assertTrue(statementsOf("ReservationApiFunction").stream()
                .flatMap(s -> Template.oneOrMany(s.get("Action")).stream())
                .noneMatch(action -> String.valueOf(action).startsWith("events:")));
    }

    private List<Map<String, Object>> statementsOf(String function) {
        return Template.list(template.properties(function).get("Policies"), "Policies").stream()
                .flatMap(p -> Template.list(Template.map(p, "policy").get("Statement"), "Statement").stream())
                .map(s -> Template.map(s, "Statement")).toList();
    }

    @Test
    void theProjectorMayCallExactlyThePublishMutations() {
        Set<String> published = template.resourcesOfType("AWS::AppSync::Resolver").stream()
                .map(template::properties)
                .filter(r -> r.get("DataSourceName").equals(Template.getAtt("PublishDataSource", "Name")))
                .map(r -> "${GraphQLApi.Arn}/types/" + r.get("TypeName") + "/fields/" + r.get("FieldName"))
                .collect(Collectors.toSet());
        Set<Object> allowed = statementsOf("StatusProjectorFunction").stream()
                .filter(s -> s.get("Action").equals("appsync:GraphQL"))
                .flatMap(s -> Template.oneOrMany(s.get("Resource")).stream())
                .map(r -> Template.map(r, "Resource").get("Fn::Sub"))
                .collect(Collectors.toSet());

        assertEquals(2, published.size());
        assertEquals(published, allowed);
    }

    @Test
    void theApiUsesApiKeysWithIamForThePublisherAndTracing() {
        Map<String, Object> api = template.properties("GraphQLApi");
        assertEquals("API_KEY", api.get("AuthenticationType"));
        assertEquals(List.of(Map.of("AuthenticationType", "AWS_IAM")), api.get("AdditionalAuthenticationProviders"));
        assertEquals(true, api.get("XrayEnabled"));
    }

    @Test
    void appSyncInvokesTheReservationFunctionThroughItsSnapStartAlias() {
        Map<String, Object> dataSource = template.properties("ReservationDataSource");
        assertEquals("AWS_LAMBDA", dataSource.get("Type"));
        assertEquals(Map.of("LambdaFunctionArn", Template.ref("ReservationApiFunction.Alias")), dataSource.get("LambdaConfig"));
        assertEquals(Template.getAtt("AppSyncReservationInvokeRole", "Arn"), dataSource.get("ServiceRoleArn"));

        Map<String, Object> role = template.properties("AppSyncReservationInvokeRole");
        Map<String, Object> trust = Template.map(Template.list(Template.map(role.get("AssumeRolePolicyDocument"), "trust")
                .get("Statement"), "Statement").get(0), "Statement");
        assertEquals(Map.of("Service", "appsync.amazonaws.com"), trust.get("Principal"));
        Map<String, Object> policy = Template.map(Template.map(Template.list(role.get("Policies"), "Policies").get(0), "policy")
                .get("PolicyDocument"), "PolicyDocument");
        Map<String, Object> invoke = Template.map(Template.list(policy.get("Statement"), "Statement").get(0), "Statement");
        assertEquals("lambda:InvokeFunction", invoke.get("Action"));
        assertEquals(Template.ref("ReservationApiFunction.Alias"), invoke.get("Resource"));
    }

    @Test
    void theWebhookSecretLivesInSecretsManagerAndOnlyTheWebhookMayReadIt() {
        Map<String, Object> secret = template.properties("PaymentWebhookSigningSecret");
        assertEquals("AWS::SecretsManager::Secret", template.type("PaymentWebhookSigningSecret"));
        assertEquals(Template.ref("PaymentWebhookSecret"), secret.get("SecretString"));
        template.resourcesOfType(Template.SERVERLESS_FUNCTION).forEach(function -> assertFalse(
                template.environment(function).containsValue(Template.ref("PaymentWebhookSecret")),
                function + " must not carry the secret in its environment"));

        List<IamPolicyTest.Statement> readers = IamPolicyTest.walk(template).statements().stream()
                .filter(s -> String.valueOf(s.body().get("Action")).contains("secretsmanager")).toList();
        assertEquals(1, readers.size(), readers::toString);
        assertEquals("PaymentWebhookFunction", readers.get(0).resource());
        assertEquals("secretsmanager:GetSecretValue", readers.get(0).body().get("Action"));
        assertEquals(Template.ref("PaymentWebhookSigningSecret"), readers.get(0).body().get("Resource"));
    }

    @Test
    void outputsNameTheEndpointsAndQueues() {
        Map<String, Object> outputs = template.section("Outputs");
        assertEquals(Set.of("GraphQLUrl", "GraphQLApiKey", "GraphQLApiKeyId", "PaymentWebhookUrl", "PaymentWebhookSecretArn",
                "StateMachineArn", "WorkflowDeadLetterQueueUrl", "ProjectorFailureQueueUrl",
                "BookingRequestedRelayFailureQueueUrl"), outputs.keySet());
        assertEquals(Template.getAtt("GraphQLApi", "GraphQLUrl"), Template.map(outputs.get("GraphQLUrl"), "GraphQLUrl").get("Value"));
        assertEquals(Template.getAtt("ApiKey", "ApiKey"), Template.map(outputs.get("GraphQLApiKey"), "GraphQLApiKey").get("Value"));
        // A function URL ends with "/", and the webhook's path is /payments/webhook.
        assertEquals(Map.of("Fn::Sub", "${PaymentWebhookFunctionUrl.FunctionUrl}payments/webhook"),
                Template.map(outputs.get("PaymentWebhookUrl"), "PaymentWebhookUrl").get("Value"));
        assertEquals(Template.ref("BookingWorkflow"), Template.map(outputs.get("StateMachineArn"), "StateMachineArn").get("Value"));
    }
}
