package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.template.EventBusSpec;
import com.apartmentbooking.local.template.EventRuleSpec;
import com.apartmentbooking.local.template.QueueSpec;
import com.apartmentbooking.local.template.StateMachineSpec;
import com.apartmentbooking.local.template.TableSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Creates the template's resources through the services' own APIs, as CloudFormation would call them, so the
 * resources are exactly what a client creating them by hand would get. Runs at every start: a resource the data
 * directory already holds is left as it is (its "already exists" answer is expected), rules and targets are put
 * again, which updates them as PutRule and PutTargets do.
 */
final class TemplateProvisioner {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ALREADY_EXISTS = Set.of("ResourceInUseException",
            "ResourceAlreadyExistsException");

    private final String region;

    TemplateProvisioner(String region) {
        this.region = region;
    }

    /** Creates the table unless it exists; true when it was created now (so sample data may be seeded). */
    boolean table(AwsJsonService dynamoDb, TableSpec table) {
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
        boolean created = createUnlessExists(dynamoDb, "CreateTable", request);
        if (created && table.timeToLiveAttribute() != null) {
            ObjectNode ttl = MAPPER.createObjectNode().put("TableName", table.tableName());
            ttl.putObject("TimeToLiveSpecification").put("AttributeName", table.timeToLiveAttribute())
                    .put("Enabled", true);
            call(dynamoDb, "UpdateTimeToLive", ttl);
        }
        return created;
    }

    void queue(AwsJsonService sqs, QueueSpec queue) {
        ObjectNode request = MAPPER.createObjectNode().put("QueueName", queue.name());
        if (!queue.attributes().isEmpty()) {
            ObjectNode attributes = request.putObject("Attributes");
            queue.attributes().forEach(attributes::put);
        }
        call(sqs, "CreateQueue", request);
    }

    void eventBus(AwsJsonService events, EventBusSpec bus) {
        if (!bus.name().equals("default")) {
            createUnlessExists(events, "CreateEventBus", MAPPER.createObjectNode().put("Name", bus.name()));
        }
    }

    /** Creates the state machine, or updates its definition when the template's changed since the last start. */
    void stateMachine(AwsJsonService states, StateMachineSpec machine, String roleArn) {
        ObjectNode request = MAPPER.createObjectNode().put("name", machine.name())
                .put("definition", machine.definition()).put("roleArn", roleArn)
                .put("type", machine.type() == null ? "STANDARD" : machine.type());
        try {
            call(states, "CreateStateMachine", request);
        } catch (AwsServiceException e) {
            if (!e.code().endsWith("StateMachineAlreadyExists")) {
                throw e;
            }
            call(states, "UpdateStateMachine", MAPPER.createObjectNode().put("stateMachineArn", machine.arn())
                    .put("definition", machine.definition()).put("roleArn", roleArn));
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
