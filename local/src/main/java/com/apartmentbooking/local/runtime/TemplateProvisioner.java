package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.appsync.AppSyncException;
import com.apartmentbooking.local.appsync.AppSyncService;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.lambda.LambdaOperations;
import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.template.EventBusSpec;
import com.apartmentbooking.local.template.EventRuleSpec;
import com.apartmentbooking.local.template.ApiKeySpec;
import com.apartmentbooking.local.template.FunctionSpec;
import com.apartmentbooking.local.template.GraphQLApiSpec;
import com.apartmentbooking.local.template.QueueSpec;
import com.apartmentbooking.local.template.SecretSpec;
import com.apartmentbooking.local.template.StateMachineSpec;
import com.apartmentbooking.local.template.StreamEventSource;
import com.apartmentbooking.local.template.TableSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the template's resources through the services' own APIs, as CloudFormation would call them, so the
 * resources are exactly what a client creating them by hand would get. Runs at every start: a resource the data
 * directory already holds is left as it is (its "already exists" answer is expected), rules and targets are put
 * again, which updates them as PutRule and PutTargets do, and functions and their event source mappings are
 * updated where the template changed them.
 */
final class TemplateProvisioner {

    private static final ObjectMapper MAPPER = Json.WIRE;
    /** What a function created with no Architectures runs on. */
    private static final String DEFAULT_ARCHITECTURE = "x86_64";
    private static final List<String> UPDATABLE_CONFIGURATION = List.of("Runtime", "Role", "Handler", "Timeout",
            "MemorySize");
    private static final List<String> MAPPING_SETTINGS = List.of("BatchSize", "MaximumBatchingWindowInSeconds",
            "FunctionResponseTypes", "MaximumRetryAttempts", "MaximumRecordAgeInSeconds", "BisectBatchOnFunctionError",
            "DestinationConfig");
    private static final Set<String> ALREADY_EXISTS = Set.of("ResourceInUseException",
            "ResourceAlreadyExistsException");

    private final String region;
    private final FunctionJars jars;

    TemplateProvisioner(String region, FunctionJars jars) {
        this.region = region;
        this.jars = jars;
    }

    /**
     * Creates the table unless it exists, ACTIVE, as a deployed stack has it (CloudFormation waits for ACTIVE, and
     * nobody can see the table before the runtime is ready); true when it was created now (so sample data may be
     * seeded).
     */
    boolean table(LocalDynamoDb localDynamoDb, TableSpec table) {
        AwsJsonService dynamoDb = localDynamoDb.protocol();
        ObjectNode request = MAPPER.createObjectNode();
        request.put("TableName", table.tableName());
        request.put("BillingMode", table.billingMode() == null ? "PROVISIONED" : table.billingMode());
        ArrayNode definitions = request.putArray("AttributeDefinitions");
        table.attributeTypes().forEach((name, type) -> definitions.addObject().put("AttributeName", name)
                .put("AttributeType", type));
        request.set("KeySchema", keySchema(table.hashKey(), table.rangeKey()));
        if (!"PAY_PER_REQUEST".equals(table.billingMode())) {
            request.set("ProvisionedThroughput", throughput());
        }
        if (!table.globalSecondaryIndexes().isEmpty()) {
            request.set("GlobalSecondaryIndexes", indexes(table.globalSecondaryIndexes(),
                    !"PAY_PER_REQUEST".equals(table.billingMode())));
        }
        if (!table.localSecondaryIndexes().isEmpty()) {
            request.set("LocalSecondaryIndexes", indexes(table.localSecondaryIndexes(), false));
        }
        if (table.streamViewType() != null) {
            request.putObject("StreamSpecification").put("StreamEnabled", true)
                    .put("StreamViewType", table.streamViewType());
        }
        // A change a previous run left under way is finished first: a table that was being deleted is then gone and
        // is created again, as any template table missing at a start is.
        localDynamoDb.finishTableChange(table.tableName());
        boolean created = createUnlessExists(dynamoDb, "CreateTable", request);
        localDynamoDb.finishTableChange(table.tableName());
        if (created && table.timeToLiveAttribute() != null) {
            ObjectNode ttl = MAPPER.createObjectNode().put("TableName", table.tableName());
            ttl.putObject("TimeToLiveSpecification").put("AttributeName", table.timeToLiveAttribute())
                    .put("Enabled", true);
            call(dynamoDb, "UpdateTimeToLive", ttl);
        }
        return created;
    }

    /** By table name, the stream ARN of each of the tables that has a stream (DescribeTable's LatestStreamArn). */
    Map<String, String> streamArns(AwsJsonService dynamoDb, List<TableSpec> tables) {
        Map<String, String> arns = new LinkedHashMap<>();
        for (TableSpec table : tables) {
            if (table.streamViewType() != null) {
                JsonNode description = call(dynamoDb, "DescribeTable",
                        MAPPER.createObjectNode().put("TableName", table.tableName())).path("Table");
                String arn = description.path("LatestStreamArn").asText("");
                if (!arn.isEmpty()) {
                    arns.put(table.tableName(), arn);
                }
            }
        }
        return arns;
    }

    void queue(AwsJsonService sqs, QueueSpec queue) {
        ObjectNode request = MAPPER.createObjectNode().put("QueueName", queue.name());
        if (!queue.attributes().isEmpty()) {
            ObjectNode attributes = request.putObject("Attributes");
            queue.attributes().forEach(attributes::put);
        }
        call(sqs, "CreateQueue", request);
    }

    /**
     * Creates the secret with the template's value, or a generated one, unless it exists: then it is left as it
     * is, since operators rotate it (PutSecretValue) and the template gives only its first value.
     *
     * @return the secret's ARN, whose suffix Secrets Manager chose when it created it
     */
    String secret(AwsJsonService secretsManager, SecretSpec secret) {
        ObjectNode create = MAPPER.createObjectNode().put("Name", secret.name())
                .put("SecretString", secret.secretString() != null ? secret.secretString()
                        : generatedValue(secretsManager, secret));
        if (secret.description() != null) {
            create.put("Description", secret.description());
        }
        try {
            return call(secretsManager, "CreateSecret", create).path("ARN").asText();
        } catch (AwsServiceException e) {
            if (!"ResourceExistsException".equals(e.code())) {
                throw e;
            }
            return call(secretsManager, "DescribeSecret", MAPPER.createObjectNode().put("SecretId", secret.name()))
                    .path("ARN").asText();
        }
    }

    /**
     * GenerateSecretString's value as CloudFormation makes it: a GetRandomPassword password, alone or, with
     * SecretStringTemplate and GenerateStringKey, put into that JSON object under that key.
     */
    private String generatedValue(AwsJsonService secretsManager, SecretSpec secret) {
        ObjectNode settings;
        try {
            settings = (ObjectNode) MAPPER.readTree(secret.generateSecretString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode template = settings.remove("SecretStringTemplate");
        JsonNode key = settings.remove("GenerateStringKey");
        String password = call(secretsManager, "GetRandomPassword", settings).path("RandomPassword").asText();
        if (template == null && key == null) {
            return password;
        }
        if (template == null || key == null) {
            throw new IllegalStateException("resource " + secret.logicalId() + ": GenerateSecretString needs both "
                    + "SecretStringTemplate and GenerateStringKey, or neither");
        }
        try {
            ObjectNode value = (ObjectNode) MAPPER.readTree(template.asText());
            return MAPPER.writeValueAsString(value.put(key.asText(), password));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("resource " + secret.logicalId()
                    + ": SecretStringTemplate is not a JSON object", e);
        }
    }

    void eventBus(AwsJsonService events, EventBusSpec bus) {
        if (!bus.name().equals("default")) {
            createUnlessExists(events, "CreateEventBus", MAPPER.createObjectNode().put("Name", bus.name()));
        }
    }

    /**
     * Creates the state machine, or updates its definition and role where the template's differ from the stored
     * machine's. A machine stored as the template has it is left alone: its definition was checked when it was
     * stored, and checking it again took each restart tens of milliseconds. (A machine's type cannot change: a
     * different type in the template leaves the stored one, as before.)
     */
    void stateMachine(AwsJsonService states, StateMachineSpec machine, String roleArn) {
        JsonNode existing = existingMachine(states, machine);
        if (existing == null) {
            call(states, "CreateStateMachine", MAPPER.createObjectNode().put("name", machine.name())
                    .put("definition", machine.definition()).put("roleArn", roleArn)
                    .put("type", machine.type() == null ? "STANDARD" : machine.type()));
        } else if (!existing.path("definition").asText().equals(machine.definition())
                || !existing.path("roleArn").asText().equals(roleArn)) {
            call(states, "UpdateStateMachine", MAPPER.createObjectNode().put("stateMachineArn", machine.arn())
                    .put("definition", machine.definition()).put("roleArn", roleArn));
        }
    }

    /** The machine as DescribeStateMachine answers it, or null when there is none. */
    private JsonNode existingMachine(AwsJsonService states, StateMachineSpec machine) {
        try {
            return call(states, "DescribeStateMachine",
                    MAPPER.createObjectNode().put("stateMachineArn", machine.arn()));
        } catch (AwsServiceException e) {
            if (e.code().endsWith("StateMachineDoesNotExist")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Serves the template's AppSync APIs as they are now and creates their keys, or keeps the keys the data
     * directory holds (their expiry changes only when the template's did).
     *
     * @throws IllegalStateException naming the key when AppSync refuses its expiry
     */
    void graphqlApis(AppSyncService appSync, List<GraphQLApiSpec> apis) {
        appSync.applyApis(apis.stream().map(GraphQLApiDefinitions::of).toList());
        for (GraphQLApiSpec api : apis) {
            for (ApiKeySpec key : api.apiKeys()) {
                try {
                    appSync.applyTemplateKey(key.logicalId(), key.apiId(), key.description(), key.expires());
                } catch (AppSyncException e) {
                    throw new IllegalStateException("resource " + key.logicalId() + " (AWS::AppSync::ApiKey) cannot "
                            + "be created: " + e.code() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    void rule(AwsJsonService events, EventRuleSpec rule) {
        ObjectNode putRule = MAPPER.createObjectNode().put("Name", rule.name())
                .put("EventBusName", rule.eventBusName()).put("EventPattern", rule.pattern())
                .put("State", rule.state() == null ? "ENABLED" : rule.state());
        call(events, "PutRule", putRule);

        ObjectNode target = MAPPER.createObjectNode().put("Id", rule.targetId()).put("Arn", rule.targetArn());
        if (rule.input() != null) {
            target.put("Input", rule.input());
        }
        if (rule.inputPath() != null) {
            target.put("InputPath", rule.inputPath());
        }
        if (rule.maximumRetryAttempts() != null || rule.maximumEventAgeInSeconds() != null) {
            ObjectNode retry = target.putObject("RetryPolicy");
            if (rule.maximumRetryAttempts() != null) {
                retry.put("MaximumRetryAttempts", rule.maximumRetryAttempts());
            }
            if (rule.maximumEventAgeInSeconds() != null) {
                retry.put("MaximumEventAgeInSeconds", rule.maximumEventAgeInSeconds());
            }
        }
        if (rule.deadLetterArn() != null) {
            target.putObject("DeadLetterConfig").put("Arn", rule.deadLetterArn());
        }
        ObjectNode putTargets = MAPPER.createObjectNode().put("Rule", rule.name())
                .put("EventBusName", rule.eventBusName());
        putTargets.putArray("Targets").add(target);
        JsonNode answer = call(events, "PutTargets", putTargets);
        if (answer != null && answer.path("FailedEntryCount").asInt() > 0) {
            throw new IllegalStateException("The target of rule " + rule.name() + " was refused: "
                    + answer.get("FailedEntries"));
        }
    }

    /**
     * Creates the function from the jar its CodeUri names, as SAM's resources for it would: its published
     * version and alias (AutoPublishAlias), its URL and its DynamoDB stream event source mappings. When it
     * exists already, its configuration and code are updated where they differ from the template's.
     */
    void function(LambdaOperations lambda, FunctionSpec function, String roleArn) {
        ObjectNode configuration = functionConfiguration(function, roleArn);
        ArrayNode architectures = MAPPER.createArrayNode();
        if (function.architectures().isEmpty()) {
            architectures.add(DEFAULT_ARCHITECTURE);
        } else {
            function.architectures().forEach(architectures::add);
        }
        JsonNode existing = existingFunction(lambda, function);
        if (existing == null) {
            ObjectNode create = configuration.deepCopy();
            FunctionJars.Content code = readCode(function);
            create.putObject("Code").put("ZipFile", code.bytes());
            create.set("Architectures", architectures);
            JsonNode created = lambda.call("CreateFunction", create);
            jars.remember(function.codePath(), code.stamp(), created.path("CodeSha256").asText());
        } else {
            if (configurationDiffers(configuration, existing)) {
                lambda.call("UpdateFunctionConfiguration", configuration);
            }
            FunctionJars.Hashed current = codeSha256(function);
            if (!current.sha256().equals(existing.path("CodeSha256").asText())
                    || !architectures.equals(existing.path("Architectures"))) {
                FunctionJars.Content code = current.content() != null ? current.content() : readCode(function);
                JsonNode updated = lambda.call("UpdateFunctionCode", name(function).put("ZipFile", code.bytes())
                        .set("Architectures", architectures));
                jars.remember(function.codePath(), code.stamp(), updated.path("CodeSha256").asText());
            }
        }
        if (function.aliasName() != null) {
            lambda.call("PublishVersion", name(function));
            ObjectNode alias = name(function).put("Name", function.aliasName()).put("FunctionVersion", "1");
            createUnlessConflict(lambda, "CreateAlias", alias);
        }
        if (function.functionUrlAuthType() != null) {
            ObjectNode url = name(function).put("AuthType", function.functionUrlAuthType());
            if (!createUnlessConflict(lambda, "CreateFunctionUrlConfig", url)) {
                lambda.call("UpdateFunctionUrlConfig", url);
            }
        }
        for (StreamEventSource source : function.streamEvents()) {
            streamMapping(lambda, function, source);
        }
    }

    private static ObjectNode functionConfiguration(FunctionSpec function, String roleArn) {
        ObjectNode configuration = name(function).put("Runtime", function.runtime()).put("Role", roleArn)
                .put("Handler", function.handler()).put("Timeout", function.timeoutSeconds())
                .put("MemorySize", function.memorySize());
        ObjectNode variables = configuration.putObject("Environment").putObject("Variables");
        function.environment().forEach(variables::put);
        return configuration;
    }

    private static boolean configurationDiffers(ObjectNode wanted, JsonNode existing) {
        for (String member : UPDATABLE_CONFIGURATION) {
            if (!wanted.get(member).equals(existing.get(member))) {
                return true;
            }
        }
        JsonNode variables = existing.path("Environment").path("Variables");
        return !wanted.path("Environment").path("Variables")
                .equals(variables.isMissingNode() ? MAPPER.createObjectNode() : variables);
    }

    /** The mapping of the function to the stream, created, or updated where the template changed it. */
    private void streamMapping(LambdaOperations lambda, FunctionSpec function, StreamEventSource source) {
        ObjectNode settings = mappingSettings(source);
        ObjectNode query = name(function).put("EventSourceArn", source.streamArn());
        JsonNode existing = lambda.call("ListEventSourceMappings", query).path("EventSourceMappings").path(0);
        if (existing.isMissingNode()) {
            ObjectNode create = query.put("StartingPosition", source.startingPosition());
            create.setAll(settings);
            lambda.call("CreateEventSourceMapping", create);
            return;
        }
        boolean enabled = !"Disabled".equals(existing.path("State").asText());
        boolean differs = enabled != source.enabled();
        for (String member : MAPPING_SETTINGS) {
            differs |= !settings.get(member).equals(existing.get(member));
        }
        if (differs) {
            ObjectNode update = MAPPER.createObjectNode().put("UUID", existing.path("UUID").asText());
            update.setAll(settings);
            lambda.call("UpdateEventSourceMapping", update);
        }
    }

    /** Every setting of the mapping, with AWS's default where the template leaves one out. */
    private static ObjectNode mappingSettings(StreamEventSource source) {
        ObjectNode settings = MAPPER.createObjectNode()
                .put("BatchSize", source.batchSize() == null ? 100 : source.batchSize())
                .put("MaximumBatchingWindowInSeconds", source.maximumBatchingWindowInSeconds() == null ? 0
                        : source.maximumBatchingWindowInSeconds());
        ArrayNode responseTypes = settings.putArray("FunctionResponseTypes");
        source.functionResponseTypes().forEach(responseTypes::add);
        settings.put("MaximumRetryAttempts", source.maximumRetryAttempts() == null ? -1 : source.maximumRetryAttempts())
                .put("MaximumRecordAgeInSeconds", source.maximumRecordAgeInSeconds() == null ? -1
                        : source.maximumRecordAgeInSeconds())
                .put("BisectBatchOnFunctionError", Boolean.TRUE.equals(source.bisectBatchOnFunctionError()));
        ObjectNode onFailure = settings.putObject("DestinationConfig").putObject("OnFailure");
        if (source.onFailureDestination() != null) {
            onFailure.put("Destination", source.onFailureDestination());
        }
        settings.put("Enabled", source.enabled());
        return settings;
    }

    private static ObjectNode name(FunctionSpec function) {
        return MAPPER.createObjectNode().put("FunctionName", function.functionName());
    }

    /** The function's configuration, or null when there is no such function (ResourceNotFoundException). */
    private static JsonNode existingFunction(LambdaOperations lambda, FunctionSpec function) {
        try {
            return lambda.call("GetFunctionConfiguration", name(function));
        } catch (RuntimeException e) {
            if ("ResourceNotFoundException".equals(errorCode(e))) {
                return null;
            }
            throw e;
        }
    }

    private FunctionJars.Content readCode(FunctionSpec function) {
        try {
            return jars.read(function.codePath());
        } catch (IOException e) {
            throw FunctionJars.unreadable(function.logicalId(), function.codePath(), e);
        }
    }

    private FunctionJars.Hashed codeSha256(FunctionSpec function) {
        try {
            return jars.sha256(function.codePath());
        } catch (IOException e) {
            throw FunctionJars.unreadable(function.logicalId(), function.codePath(), e);
        }
    }

    /** True when created, false when it existed (ResourceConflictException). */
    private static boolean createUnlessConflict(LambdaOperations lambda, String operation, ObjectNode request) {
        try {
            lambda.call(operation, request);
            return true;
        } catch (RuntimeException e) {
            if ("ResourceConflictException".equals(errorCode(e))) {
                return false;
            }
            throw e;
        }
    }

    private static String errorCode(RuntimeException error) {
        if (error instanceof ServiceException service) {
            return service.code();
        }
        return error instanceof AwsServiceException aws ? aws.code() : null;
    }

    private boolean createUnlessExists(AwsJsonService service, String operation, ObjectNode request) {
        try {
            call(service, operation, request);
            return true;
        } catch (AwsServiceException e) {
            if (ALREADY_EXISTS.contains(e.code())) {
                return false;
            }
            throw e;
        }
    }

    private JsonNode call(AwsJsonService service, String operation, ObjectNode request) {
        return service.handle(operation, request, RequestContext.internal(region));
    }

    private static ArrayNode keySchema(String hashKey, String rangeKey) {
        ArrayNode keys = MAPPER.createArrayNode();
        keys.addObject().put("AttributeName", hashKey).put("KeyType", "HASH");
        if (rangeKey != null) {
            keys.addObject().put("AttributeName", rangeKey).put("KeyType", "RANGE");
        }
        return keys;
    }

    private static ArrayNode indexes(java.util.List<TableSpec.Index> indexes, boolean provisioned) {
        ArrayNode array = MAPPER.createArrayNode();
        for (TableSpec.Index index : indexes) {
            ObjectNode node = array.addObject().put("IndexName", index.name());
            node.set("KeySchema", keySchema(index.hashKey(), index.rangeKey()));
            ObjectNode projection = node.putObject("Projection").put("ProjectionType", index.projectionType());
            if (!index.nonKeyAttributes().isEmpty()) {
                ArrayNode attributes = projection.putArray("NonKeyAttributes");
                index.nonKeyAttributes().forEach(attributes::add);
            }
            if (provisioned) {
                node.set("ProvisionedThroughput", throughput());
            }
        }
        return array;
    }

    private static ObjectNode throughput() {
        return MAPPER.createObjectNode().put("ReadCapacityUnits", 5).put("WriteCapacityUnits", 5);
    }
}
