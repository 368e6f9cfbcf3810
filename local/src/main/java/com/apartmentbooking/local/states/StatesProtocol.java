package com.apartmentbooking.local.states;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.states.definition.Diagnostic;
import com.apartmentbooking.local.states.engine.ExecutionDescription;
import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Step Functions' wire adapter (AWS JSON 1.0, target prefix {@code AWSStepFunctions}): reads each operation's
 * request members, calls {@link StatesService} and writes AWS's response members, timestamps as epoch seconds.
 */
public final class StatesProtocol implements AwsJsonService {
    /** A definition may be 1 MiB; the rest of a request fits in the margin. */
    private static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 1000;
    private static final List<String> DATA_FIELDS = List.of("input", "inputDetails", "output", "outputDetails");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final StatesService service;

    public StatesProtocol(StatesService service) {
        this.service = service;
    }

    @Override
    public String targetPrefix() {
        return "AWSStepFunctions";
    }

    @Override
    public String errorTypePrefix() {
        return "com.amazonaws.swf.service.v2.model#";
    }

    @Override
    public long maxRequestBytes() {
        return MAX_REQUEST_BYTES;
    }

    @Override
    public boolean crc32Header() {
        return false;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        try {
            return call(operation, request);
        } catch (StatesException e) {
            throw AwsServiceException.from(e);
        }
    }

    private JsonNode call(String operation, JsonNode request) {
        return switch (operation) {
            case "CreateStateMachine" -> createStateMachine(request);
            case "DescribeStateMachine" -> machine(service.describeStateMachine(required(request, "stateMachineArn")));
            case "ListStateMachines" -> listStateMachines(request);
            case "UpdateStateMachine" -> updateStateMachine(request);
            case "DeleteStateMachine" -> {
                service.deleteStateMachine(required(request, "stateMachineArn"));
                yield null;
            }
            case "ValidateStateMachineDefinition" -> validate(request);
            case "StartExecution" -> startExecution(request);
            case "StartSyncExecution" -> startSyncExecution(request);
            case "DescribeExecution" -> execution(service.describeExecution(required(request, "executionArn")));
            case "DescribeStateMachineForExecution" ->
                    machineForExecution(service.describeStateMachineForExecution(required(request, "executionArn")));
            case "ListExecutions" -> listExecutions(request);
            case "GetExecutionHistory" -> history(request);
            case "StopExecution" -> JSON.objectNode().set("stopDate", timestamp(service.stopExecution(
                    required(request, "executionArn"), text(request, "error"), text(request, "cause"))));
            case "SendTaskSuccess" -> {
                service.sendTaskSuccess(required(request, "taskToken"), required(request, "output"));
                yield null;
            }
            case "SendTaskFailure" -> {
                service.sendTaskFailure(required(request, "taskToken"), text(request, "error"), text(request, "cause"));
                yield null;
            }
            case "SendTaskHeartbeat" -> {
                service.sendTaskHeartbeat(required(request, "taskToken"));
                yield null;
            }
            default -> throw AwsServiceException.unknownOperation();
        };
    }

    private JsonNode createStateMachine(JsonNode request) {
        String name = required(request, "name");
        String definition = required(request, "definition");
        String roleArn = required(request, "roleArn");
        StateMachine machine = service.createStateMachine(name, definition, roleArn, type(request));
        ObjectNode response = JSON.objectNode().put("stateMachineArn", machine.stateMachineArn());
        response.set("creationDate", timestamp(machine.creationDate()));
        return response;
    }

    private JsonNode listStateMachines(JsonNode request) {
        Page<StateMachine> page = service.listStateMachines(text(request, "nextToken"), pageSize(request));
        ObjectNode response = JSON.objectNode();
        ArrayNode machines = response.putArray("stateMachines");
        for (StateMachine machine : page.items()) {
            ObjectNode entry = machines.addObject().put("stateMachineArn", machine.stateMachineArn())
                    .put("name", machine.name()).put("type", machine.type().name());
            entry.set("creationDate", timestamp(machine.creationDate()));
        }
        return withNextToken(response, page);
    }

    private JsonNode updateStateMachine(JsonNode request) {
        StateMachine machine = service.updateStateMachine(required(request, "stateMachineArn"),
                text(request, "definition"), text(request, "roleArn"));
        ObjectNode response = JSON.objectNode();
        response.set("updateDate", timestamp(machine.updateDate()));
        return response.put("revisionId", machine.revisionId());
    }

    private JsonNode validate(JsonNode request) {
        List<Diagnostic> diagnostics = service.validateStateMachineDefinition(required(request, "definition"));
        ObjectNode response = JSON.objectNode().put("result", diagnostics.isEmpty() ? "OK" : "FAIL");
        ArrayNode list = response.putArray("diagnostics");
        for (Diagnostic diagnostic : diagnostics) {
            ObjectNode entry = list.addObject().put("severity", diagnostic.severity()).put("code", diagnostic.code())
                    .put("message", diagnostic.message());
            if (diagnostic.location() != null) {
                entry.put("location", diagnostic.location());
            }
        }
        return response.put("truncated", false);
    }

    private JsonNode startExecution(JsonNode request) {
        ExecutionDescription execution = service.startExecution(required(request, "stateMachineArn"),
                text(request, "name"), text(request, "input"));
        ObjectNode response = JSON.objectNode().put("executionArn", execution.executionArn());
        response.set("startDate", timestamp(execution.startDate()));
        return response;
    }

    private JsonNode startSyncExecution(JsonNode request) {
        ObjectNode response = execution(service.startSyncExecution(required(request, "stateMachineArn"),
                text(request, "name"), text(request, "input")));
        response.putObject("billingDetails").put("billedMemoryUsedInMB", 64).put("billedDurationInMilliseconds", 100);
        return response;
    }

    private JsonNode listExecutions(JsonNode request) {
        Page<ExecutionSummary> page = service.listExecutions(required(request, "stateMachineArn"),
                statusFilter(request), pageSize(request), text(request, "nextToken"));
        ObjectNode response = JSON.objectNode();
        ArrayNode executions = response.putArray("executions");
        for (ExecutionSummary summary : page.items()) {
            ObjectNode entry = executions.addObject().put("executionArn", summary.executionArn())
                    .put("stateMachineArn", summary.stateMachineArn()).put("name", summary.name())
                    .put("status", summary.status().name());
            entry.set("startDate", timestamp(summary.startDate()));
            if (summary.stopDate() != null) {
                entry.set("stopDate", timestamp(summary.stopDate()));
            }
        }
        return withNextToken(response, page);
    }

    private JsonNode history(JsonNode request) {
        boolean includeData = !request.has("includeExecutionData") || request.get("includeExecutionData").asBoolean();
        Page<HistoryEvent> page = service.getExecutionHistory(required(request, "executionArn"), pageSize(request),
                request.path("reverseOrder").asBoolean(false), text(request, "nextToken"));
        ObjectNode response = JSON.objectNode();
        ArrayNode events = response.putArray("events");
        for (HistoryEvent event : page.items()) {
            ObjectNode entry = event.toJson();
            entry.set("timestamp", timestamp(event.timestamp()));
            if (!includeData) {
                entry.fields().forEachRemaining(field -> {
                    if (field.getValue() instanceof ObjectNode details) {
                        details.remove(DATA_FIELDS);
                    }
                });
            }
            events.add(entry);
        }
        return withNextToken(response, page);
    }

    private static ObjectNode execution(ExecutionDescription execution) {
        ObjectNode response = JSON.objectNode().put("executionArn", execution.executionArn())
                .put("stateMachineArn", execution.stateMachineArn()).put("name", execution.name())
                .put("status", execution.status().name());
        response.set("startDate", timestamp(execution.startDate()));
        if (execution.stopDate() != null) {
            response.set("stopDate", timestamp(execution.stopDate()));
        }
        response.put("input", execution.input());
        response.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            response.put("output", execution.output());
            response.putObject("outputDetails").put("included", true);
        }
        if (execution.error() != null) {
            response.put("error", execution.error());
        }
        if (execution.cause() != null) {
            response.put("cause", execution.cause());
        }
        return response;
    }

    private static JsonNode machine(StateMachine machine) {
        ObjectNode response = JSON.objectNode().put("stateMachineArn", machine.stateMachineArn())
                .put("name", machine.name()).put("status", "ACTIVE").put("definition", machine.definition())
                .put("roleArn", machine.roleArn()).put("type", machine.type().name());
        response.set("creationDate", timestamp(machine.creationDate()));
        configurations(response);
        if (machine.revisionId() != null) {
            response.put("revisionId", machine.revisionId());
        }
        return response;
    }

    private static JsonNode machineForExecution(StateMachine machine) {
        ObjectNode response = JSON.objectNode().put("stateMachineArn", machine.stateMachineArn())
                .put("name", machine.name()).put("definition", machine.definition()).put("roleArn", machine.roleArn());
        response.set("updateDate", timestamp(machine.updateDate() != null ? machine.updateDate()
                : machine.creationDate()));
        configurations(response);
        if (machine.revisionId() != null) {
            response.put("revisionId", machine.revisionId());
        }
        return response;
    }

    /** The logging and tracing settings AWS reports for a machine created without any. */
    private static void configurations(ObjectNode response) {
        response.putObject("loggingConfiguration").put("level", "OFF").put("includeExecutionData", false);
        response.putObject("tracingConfiguration").put("enabled", false);
    }

    private static ObjectNode withNextToken(ObjectNode response, Page<?> page) {
        if (page.nextKey() != null) {
            response.put("nextToken", page.nextKey());
        }
        return response;
    }

    private static StateMachineType type(JsonNode request) {
        String type = text(request, "type");
        if (type == null) {
            return StateMachineType.STANDARD;
        }
        return Arrays.stream(StateMachineType.values()).filter(value -> value.name().equals(type)).findFirst()
                .orElseThrow(() -> StatesErrors.validation(enumError(type, "type", "[STANDARD, EXPRESS]")));
    }

    private static ExecutionStatus statusFilter(JsonNode request) {
        String status = text(request, "statusFilter");
        if (status == null) {
            return null;
        }
        return Arrays.stream(ExecutionStatus.values()).filter(value -> value.name().equals(status)).findFirst()
                .orElseThrow(() -> StatesErrors.validation(enumError(status, "statusFilter",
                        "[RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]")));
    }

    private static String enumError(String value, String member, String allowed) {
        return "1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed;
    }

    /** maxResults: 0 or absent for the default page size, at most 1000. */
    private static int pageSize(JsonNode request) {
        JsonNode value = request.get("maxResults");
        if (value == null || value.isNull() || value.asInt() == 0) {
            return DEFAULT_PAGE_SIZE;
        }
        int size = value.asInt();
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw StatesErrors.validation("1 validation error detected: Value '" + size
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value "
                    + (size < 0 ? "greater than or equal to 0" : "less than or equal to 1000"));
        }
        return size;
    }

    private static String required(JsonNode request, String member) {
        String value = text(request, member);
        if (value == null) {
            throw StatesErrors.missing(member);
        }
        return value;
    }

    private static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An instant as the JSON protocol sends timestamps: epoch seconds with milliseconds. */
    private static JsonNode timestamp(Instant instant) {
        return JSON.numberNode(BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3));
    }
}
