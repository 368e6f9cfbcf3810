package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * Finds the stack's resources through the AWS APIs a user would call, by the names the template gives them: the
 * local runtime names them {@code <stack>-<LogicalId>}, CloudFormation {@code <stack>-<LogicalId>-<suffix>}
 * (queues, functions) or {@code <LogicalId>-<suffix>} (state machines).
 */
final class StackResources {

    static final String WEBHOOK_FUNCTION = "PaymentWebhookFunction";
    static final String WORKFLOW = "BookingWorkflow";
    /** The template's dead-letter and failure queues, by logical id. */
    static final List<String> FAILURE_QUEUES = List.of("WorkflowDeadLetterQueue", "BookingRequestedRelayFailureQueue",
            "ProjectorFailureQueue");
    /** SAM's AutoPublishAlias: on AWS the function URL belongs to this alias. */
    private static final String LIVE_ALIAS = "live";

    /** The stack's GraphQL API: its id and the URLs AppSync gives (GetGraphqlApi's {@code uris}). */
    record GraphQlApi(String apiId, URI graphqlUrl, URI realtimeUrl) {
    }

    /** One of the template's queues: the logical id it was found by, and its URL. */
    record Queue(String logicalId, String url) {
    }

    private final Target target;
    private final AwsClients aws;
    private final AppSyncControlPlane appSync;
    private GraphQlApi api;

    StackResources(Target target, AwsClients aws, Http http) {
        this.target = target;
        this.aws = aws;
        this.appSync = new AppSyncControlPlane(target, http);
    }

    Target target() {
        return target;
    }

    /** The API named {@code <stack>-api} (the template's {@code GraphQLApi} Name). */
    GraphQlApi graphQlApi() {
        if (api == null) {
            String name = target.stack() + "-api";
            JsonNode found = appSync.graphqlApis().stream()
                    .filter(candidate -> name.equals(candidate.path("name").asText()))
                    .findFirst()
                    .orElseThrow(() -> CliFailure.failed("No GraphQL API named " + name + " at " + target.describe()
                            + ": is the stack named " + target.stack() + "? (--stack)"));
            JsonNode uris = found.path("uris");
            api = new GraphQlApi(found.path("apiId").asText(), URI.create(uris.path("GRAPHQL").asText()),
                    URI.create(uris.path("REALTIME").asText()));
        }
        return api;
    }

    /** The API's key that expires last, of those not yet expired (an API key's id is the key). */
    String apiKey() {
        String apiId = graphQlApi().apiId();
        long now = Instant.now().getEpochSecond();
        return appSync.apiKeys(apiId).stream()
                .filter(key -> key.path("expires").asLong(Long.MAX_VALUE) > now)
                .max(Comparator.comparingLong(key -> key.path("expires").asLong()))
                .map(key -> key.path("id").asText())
                .orElseThrow(() -> CliFailure.failed("The GraphQL API " + apiId + " has no API key that is still valid: "
                        + "create one, or give --api-key"));
    }

    /** The webhook's URL: the function URL of the payment webhook function, plus the handler's path. */
    URI webhookUrl() {
        String function = functionName(WEBHOOK_FUNCTION);
        String base = functionUrl(function);
        return URI.create((base.endsWith("/") ? base : base + "/") + "payments/webhook");
    }

    /** The webhook's signing secret: GetSecretValue of {@code <stack>/payment-webhook}, AWSCURRENT. */
    String webhookSecret() {
        String secretId = target.stack() + "/payment-webhook";
        GetSecretValueResponse value = aws.secrets().getSecretValue(r -> r.secretId(secretId).versionStage("AWSCURRENT"));
        return value.secretString();
    }

    /** The booking workflow's state machine ARN. */
    String stateMachineArn() {
        List<StateMachineListItem> machines = new ArrayList<>();
        aws.stepFunctions().listStateMachinesPaginator(r -> r.maxResults(1000))
                .stateMachines().forEach(machines::add);
        String exact = target.stack() + "-" + WORKFLOW;
        return machines.stream().filter(m -> m.name().equals(exact)).findFirst()
                .or(() -> machines.stream().filter(m -> m.name().startsWith(exact + "-")
                        || m.name().startsWith(WORKFLOW + "-")).findFirst())
                .map(StateMachineListItem::stateMachineArn)
                .orElseThrow(() -> CliFailure.failed("No state machine " + exact + " at " + target.describe()
                        + ": is the stack named " + target.stack() + "? (--stack)"));
    }

    /** The template's dead-letter and failure queues that exist, in the order of {@link #FAILURE_QUEUES}. */
    List<Queue> failureQueues() {
        List<String> urls = new ArrayList<>();
        aws.sqs().listQueuesPaginator(r -> r.queueNamePrefix(target.stack() + "-").maxResults(1000))
                .queueUrls().forEach(urls::add);
        List<Queue> queues = new ArrayList<>();
        for (String logicalId : FAILURE_QUEUES) {
            urls.stream().filter(url -> matches(queueName(url), logicalId)).findFirst()
                    .ifPresent(url -> queues.add(new Queue(logicalId, url)));
        }
        return queues;
    }

    private String functionName(String logicalId) {
        List<String> names = new ArrayList<>();
        aws.lambda().listFunctionsPaginator().functions().stream().map(FunctionConfiguration::functionName)
                .forEach(names::add);
        return names.stream().filter(name -> matches(name, logicalId)).findFirst()
                .orElseThrow(() -> CliFailure.failed("No function " + target.stack() + "-" + logicalId + " at "
                        + target.describe() + ": is the stack named " + target.stack() + "? (--stack)"));
    }

    /** GetFunctionUrlConfig, of the function or else of its {@code live} alias (SAM's AutoPublishAlias puts it there). */
    private String functionUrl(String function) {
        try {
            return aws.lambda().getFunctionUrlConfig(r -> r.functionName(function)).functionUrl();
        } catch (ResourceNotFoundException unqualified) {
            GetFunctionUrlConfigResponse alias = aws.lambda()
                    .getFunctionUrlConfig(r -> r.functionName(function).qualifier(LIVE_ALIAS));
            return alias.functionUrl();
        }
    }

    private boolean matches(String physicalName, String logicalId) {
        String local = target.stack() + "-" + logicalId;
        return physicalName.equals(local) || physicalName.startsWith(local + "-");
    }

    private static String queueName(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
