package com.apartmentbooking.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loads the template that deploys to AWS, so the runtime's reading of it is checked against the real thing. */
class RealTemplateTest {

    private static final Path TEMPLATE = Path.of("..", "infra", "template.yaml");
    private static final Path INFRA = TEMPLATE.toAbsolutePath().getParent().normalize();
    private static final String SECRET = "0123456789abcdef-secret";
    private static final String ARN = "arn:aws:%s:eu-west-1:000000000000:";

    private final ResolvedTemplate model = TemplateLoader.load(TEMPLATE, Map.of("PaymentWebhookSecret", SECRET),
            new StackSettings("booking-stack", "eu-west-1", "000000000000", URI.create("http://127.0.0.1:4599")));

    @Test
    void theWebhookSecretsRefIsItsArnOnceSecretsManagerMadeIt() {
        String arn = "arn:aws:secretsmanager:eu-west-1:000000000000:secret:booking-stack/payment-webhook-AbC123";
        ResolvedTemplate created = TemplateLoader.load(TEMPLATE, Map.of("PaymentWebhookSecret", SECRET),
                new StackSettings("booking-stack", "eu-west-1", "000000000000", URI.create("http://127.0.0.1:4599"))
                        .withSecretArns(Map.of("booking-stack/payment-webhook", arn)));
        assertEquals(arn, created.function("PaymentWebhookFunction").environment().get("PAYMENT_WEBHOOK_SECRET_ARN"));
        assertEquals(arn, created.secret("PaymentWebhookSigningSecret").arn());
        assertFalse(created.secret("PaymentWebhookSigningSecret").toString().contains(SECRET));
    }

    @Test
    void resolvingFromParsedTextLeavesItAsItWasSoAStartParsesOnce() {
        StackSettings settings = new StackSettings("booking-stack", "eu-west-1", "000000000000",
                URI.create("http://127.0.0.1:4599"));
        StackSettings withArns = settings.withSecretArns(Map.of("booking-stack/payment-webhook",
                "arn:aws:secretsmanager:eu-west-1:000000000000:secret:booking-stack/payment-webhook-AbC123"));
        Map<String, Object> text = TemplateYaml.read(TEMPLATE);

        ResolvedTemplate first = TemplateLoader.load(TEMPLATE, text, Map.of("PaymentWebhookSecret", SECRET), settings,
                ApiKeyValues.NONE);
        ResolvedTemplate second = TemplateLoader.load(TEMPLATE, text, Map.of("PaymentWebhookSecret", SECRET),
                withArns, ApiKeyValues.NONE);

        assertEquals(TemplateYaml.read(TEMPLATE), text);
        assertEquals(model, first);
        assertEquals(TemplateLoader.load(TEMPLATE, Map.of("PaymentWebhookSecret", SECRET), withArns), second);
    }

    @Test
    void parametersTakeDefaultsAndOverridesAndHideTheSecret() {
        assertEquals("30", model.parameters().get("LogRetentionInDays").value());
        assertEquals(SECRET, model.parameters().get("PaymentWebhookSecret").value());
        assertFalse(model.parameters().toString().contains(SECRET), "a NoEcho value leaked into toString");
        assertEquals(Map.of("HasApiKeyExpiry", false), model.conditions());
    }

    @Test
    void tablesHaveKeysIndexesStreamsAndTtl() {
        assertEquals(List.of("ApartmentsTable", "BookingsTable", "PaymentsTable"),
                model.tables().stream().map(TableSpec::logicalId).toList());
        TableSpec apartments = model.table("ApartmentsTable");
        assertEquals("booking-stack-ApartmentsTable", apartments.tableName());
        assertEquals(String.format(ARN, "dynamodb") + "table/booking-stack-ApartmentsTable", apartments.arn());
        assertEquals(Map.of("id", "S", "status", "S"), apartments.attributeTypes());
        assertEquals("id", apartments.hashKey());
        assertNull(apartments.rangeKey());
        assertEquals(List.of(new TableSpec.Index("byStatus", "status", "id", "ALL", List.of())),
                apartments.globalSecondaryIndexes());
        assertEquals("NEW_AND_OLD_IMAGES", apartments.streamViewType());
        assertEquals(apartments.arn() + "/stream/pending", apartments.streamArn());
        assertEquals("PAY_PER_REQUEST", apartments.billingMode());

        TableSpec bookings = model.table("BookingsTable");
        assertEquals("NEW_AND_OLD_IMAGES", bookings.streamViewType());
        assertTrue(bookings.globalSecondaryIndexes().isEmpty());

        TableSpec payments = model.table("PaymentsTable");
        assertEquals("eventId", payments.hashKey());
        assertNull(payments.timeToLiveAttribute(), "payment records never expire");
        assertNull(payments.streamViewType());
        assertNull(payments.streamArn());
    }

    @Test
    void busAndQueues() {
        assertEquals(List.of(new EventBusSpec("BookingBus", "booking", String.format(ARN, "events") + "event-bus/booking")),
                model.eventBuses());
        QueueSpec deadLetters = model.queue("WorkflowDeadLetterQueue");
        assertEquals("booking-stack-WorkflowDeadLetterQueue", deadLetters.name());
        assertEquals("http://127.0.0.1:4599/000000000000/booking-stack-WorkflowDeadLetterQueue", deadLetters.url());
        assertEquals(String.format(ARN, "sqs") + "booking-stack-WorkflowDeadLetterQueue", deadLetters.arn());
        assertEquals(Map.of("MessageRetentionPeriod", "1209600"), deadLetters.attributes());
        assertEquals("booking-stack-ProjectorFailureQueue", model.queue("ProjectorFailureQueue").name());
        assertEquals("booking-stack-BookingRequestedRelayFailureQueue",
                model.queue("BookingRequestedRelayFailureQueue").name());
        assertEquals(3, model.queues().size());
    }

    @Test
    void functionsHaveHandlersJarsAndTheMergedEnvironment() {
        assertEquals(List.of("ReservationApiFunction", "BookingRequestedRelayFunction", "PaymentWebhookFunction",
                        "StatusProjectorFunction"),
                model.functions().stream().map(FunctionSpec::logicalId).toList());

        FunctionSpec reservation = model.function("ReservationApiFunction");
        assertEquals("com.apartmentbooking.reservation.AppSyncResolveHandler::handleRequest", reservation.handler());
        assertEquals("java21", reservation.runtime());
        assertEquals(INFRA.resolve("../reservation-api/target/reservation-api-lambda.jar").normalize(),
                reservation.codePath());
        assertEquals(1024, reservation.memorySize());
        assertEquals(20, reservation.timeoutSeconds());
        assertEquals(List.of("x86_64"), reservation.architectures());
        assertEquals("live", reservation.aliasName());
        assertEquals(String.format(ARN, "lambda") + "function:booking-stack-ReservationApiFunction", reservation.arn());
        Map<String, String> environment = reservation.environment();
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1", environment.get("JAVA_TOOL_OPTIONS"));
        assertEquals("false", environment.get("POWERTOOLS_TRACER_CAPTURE_RESPONSE"));
        assertEquals("IGNORE_ERROR", environment.get("AWS_XRAY_CONTEXT_MISSING"));
        assertEquals("reservation-api", environment.get("POWERTOOLS_SERVICE_NAME"));
        assertEquals("booking-stack-ApartmentsTable", environment.get("APARTMENTS_TABLE"));
        assertEquals("booking-stack-BookingsTable", environment.get("BOOKINGS_TABLE"));
        assertNull(environment.get("EVENT_BUS_NAME"), "the relay publishes BookingRequested, not this function");
        assertEquals(6, environment.size());
        assertNull(reservation.functionUrl());
        assertTrue(reservation.streamEvents().isEmpty());

        FunctionSpec webhook = model.function("PaymentWebhookFunction");
        assertEquals("com.apartmentbooking.payment.FunctionUrlAcceptPaymentHandler::handleRequest", webhook.handler());
        assertEquals(INFRA.resolve("../payment-handler/target/payment-handler-lambda.jar").normalize(),
                webhook.codePath());
        assertFalse(webhook.environment().containsValue(SECRET), "the secret is not in the function's configuration");
        assertEquals("arn:aws:secretsmanager:eu-west-1:000000000000:secret:booking-stack/payment-webhook-pending",
                webhook.environment().get("PAYMENT_WEBHOOK_SECRET_ARN"));
        SecretSpec secret = model.secret("PaymentWebhookSigningSecret");
        assertEquals("booking-stack/payment-webhook", secret.name());
        assertEquals(SECRET, secret.secretString());
        assertEquals("booking-stack-PaymentsTable", webhook.environment().get("PAYMENTS_TABLE"));
        assertEquals("NONE", webhook.functionUrlAuthType());
        assertEquals("http://127.0.0.1:4599/lambda-url/booking-stack-PaymentWebhookFunction/", webhook.functionUrl());

        FunctionSpec projector = model.function("StatusProjectorFunction");
        assertEquals("com.apartmentbooking.projector.DynamoDbStreamPublishStatusHandler::handleRequest",
                projector.handler());
        assertEquals(INFRA.resolve("../status-projector/target/status-projector-lambda.jar").normalize(),
                projector.codePath());
        assertEquals(512, projector.memorySize());
        assertEquals(model.graphqlApi("GraphQLApi").graphqlUrl(), projector.environment().get("APPSYNC_GRAPHQL_URL"));
        assertTrue(projector.environment().get("APPSYNC_GRAPHQL_URL").startsWith("http://127.0.0.1:4599/graphql/"));
    }

    @Test
    void theProjectorReadsBothTableStreams() {
        List<StreamEventSource> events = model.function("StatusProjectorFunction").streamEvents();
        assertEquals(List.of("ApartmentsStream", "BookingsStream"), events.stream().map(StreamEventSource::eventId).toList());
        String failureQueue = model.queue("ProjectorFailureQueue").arn();
        assertEquals(new StreamEventSource("ApartmentsStream", "booking-stack-StatusProjectorFunctionApartmentsStream",
                model.table("ApartmentsTable").streamArn(), "TRIM_HORIZON", 100, null,
                List.of("ReportBatchItemFailures"), 10, null, false, failureQueue, true), events.get(0));
        assertEquals(model.table("BookingsTable").streamArn(), events.get(1).streamArn());
        assertEquals(failureQueue, events.get(1).onFailureDestination());
    }

    @Test
    void theRelayReadsTheBookingsStream() {
        FunctionSpec relay = model.function("BookingRequestedRelayFunction");
        assertEquals("com.apartmentbooking.reservation.DynamoDbStreamPublishBookingRequestedHandler::handleRequest",
                relay.handler());
        assertEquals("booking", relay.environment().get("EVENT_BUS_NAME"));
        List<StreamEventSource> events = relay.streamEvents();
        assertEquals(1, events.size());
        assertEquals(model.table("BookingsTable").streamArn(), events.get(0).streamArn());
        assertEquals("TRIM_HORIZON", events.get(0).startingPosition());
        assertEquals(model.queue("BookingRequestedRelayFailureQueue").arn(), events.get(0).onFailureDestination());
    }

    @Test
    void theWorkflowHasItsDefinitionSubstitutedAndItsRule() {
        StateMachineSpec workflow = model.stateMachine("BookingWorkflow");
        assertEquals("booking-stack-BookingWorkflow", workflow.name());
        assertEquals(String.format(ARN, "states") + "stateMachine:booking-stack-BookingWorkflow", workflow.arn());
        assertEquals("STANDARD", workflow.type());
        assertFalse(workflow.definition().contains("${"), "a substitution was left in the definition");
        assertTrue(workflow.definition().contains("booking-stack-ApartmentsTable"));
        assertTrue(workflow.definition().contains("booking-stack-BookingsTable"));
        assertTrue(workflow.definition().contains("\"booking\""), "EventBusName is the bus's name");

        EventRuleSpec rule = workflow.rules().get(0);
        assertEquals(1, workflow.rules().size());
        assertEquals("BookingWorkflowBookingRequested", rule.logicalId());
        assertEquals("booking", rule.eventBusName());
        assertEquals(String.format(ARN, "events") + "rule/booking/booking-stack-BookingWorkflowBookingRequested",
                rule.arn());
        assertEquals("{\"source\":[\"booking.reservation\"],\"detail-type\":[\"BookingRequested\"]}", rule.pattern());
        assertEquals("$.detail", rule.inputPath());
        assertEquals(30, rule.maximumRetryAttempts());
        assertEquals(3600, rule.maximumEventAgeInSeconds());
        assertEquals(model.queue("WorkflowDeadLetterQueue").arn(), rule.deadLetterArn());
        assertEquals(workflow.arn(), rule.targetArn());
        assertEquals("ENABLED", rule.state());
    }

    @Test
    void permissionsAreIgnoredWithoutWarnings() {
        assertEquals(List.of(), model.warnings());
        assertEquals(List.of("AWS::SQS::QueuePolicy", "AWS::Logs::LogGroup", "AWS::Logs::LogGroup",
                "AWS::Logs::LogGroup", "AWS::Logs::LogGroup", "AWS::IAM::Role"), model.ignored().stream().map(RecordedResource::type).toList());
    }

    @Test
    void dependenciesComeFirstAndTheModelIsImmutable() {
        List<String> order = model.creationOrder();
        assertTrue(order.indexOf("BookingWorkflow") < order.indexOf("WorkflowDeadLetterQueuePolicy"),
                "the policy references the rule SAM generates for the workflow");
        assertTrue(order.indexOf("GraphQLSchema") < order.indexOf("QueryApartmentResolver"), "DependsOn");
        assertTrue(order.indexOf("GraphQLApi") < order.indexOf("StatusProjectorFunction"));
        assertThrows(UnsupportedOperationException.class, () -> model.functions().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> model.function("ReservationApiFunction").environment().put("X", "Y"));
        assertThrows(UnsupportedOperationException.class, () -> model.graphqlApis().get(0).resolvers().clear());
    }

    @Test
    void theFourArgumentFormUsesTheDefaultStackAndEndpoint() {
        ResolvedTemplate defaults = TemplateLoader.load(TEMPLATE, Map.of("PaymentWebhookSecret", SECRET),
                "us-east-1", "123456789012");
        assertEquals("local-ApartmentsTable", defaults.table("ApartmentsTable").tableName());
        assertEquals("http://127.0.0.1:4566/graphql/" + defaults.graphqlApi("GraphQLApi").apiId(),
                defaults.function("StatusProjectorFunction").environment().get("APPSYNC_GRAPHQL_URL"));
    }
}
