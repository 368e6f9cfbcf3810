package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** How the Step Functions state is written in the store: JSON documents, instants as ISO-8601 text. */
final class StoredForms {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredForms() {
    }

    static byte[] machine(StateMachine machine) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("name", machine.name())
                .put("stateMachineArn", machine.stateMachineArn())
                .put("definition", machine.definition())
                .put("roleArn", machine.roleArn())
                .put("type", machine.type().name())
                .put("creationDate", machine.creationDate().toString());
        putInstant(node, "updateDate", machine.updateDate());
        node.put("revisionId", machine.revisionId());
        return bytes(node);
    }

    static StateMachine machine(byte[] stored) {
        JsonNode node = tree(stored);
        return new StateMachine(node.get("name").textValue(), node.get("stateMachineArn").textValue(),
                node.get("definition").textValue(), node.get("roleArn").textValue(),
                StateMachineType.valueOf(node.get("type").textValue()), instant(node, "creationDate"),
                instant(node, "updateDate"), node.path("revisionId").textValue());
    }

    static byte[] record(ExecutionRecord record) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("executionArn", record.executionArn())
                .put("name", record.name())
                .put("stateMachineArn", record.stateMachineArn())
                .put("stateMachineName", record.stateMachineName())
                .put("roleArn", record.roleArn())
                .put("definition", record.definitionJson())
                .put("startDate", record.startDate().toString());
        node.set("input", record.input());
        return bytes(node);
    }

    static ExecutionRecord record(byte[] stored) {
        JsonNode node = tree(stored);
        return new ExecutionRecord(node.get("executionArn").textValue(), node.get("name").textValue(),
                node.get("stateMachineArn").textValue(), node.get("stateMachineName").textValue(),
                node.get("roleArn").textValue(), node.get("definition").textValue(), node.get("input"),
                instant(node, "startDate"));
    }

    static byte[] checkpoint(ExecutionCheckpoint checkpoint) {
        ObjectNode node = MAPPER.createObjectNode().put("status", checkpoint.status().name());
        if (checkpoint.output() != null) {
            node.set("output", checkpoint.output());
        }
        node.put("error", checkpoint.error());
        node.put("cause", checkpoint.cause());
        putInstant(node, "stopDate", checkpoint.stopDate());
        if (checkpoint.resumeState() != null) {
            node.set("resumeState", checkpoint.resumeState());
        }
        return bytes(node);
    }

    static ExecutionCheckpoint checkpoint(byte[] stored) {
        JsonNode node = tree(stored);
        return new ExecutionCheckpoint(ExecutionStatus.valueOf(node.get("status").textValue()), node.get("output"),
                node.path("error").textValue(), node.path("cause").textValue(), instant(node, "stopDate"),
                node.get("resumeState"));
    }

    static byte[] event(HistoryEvent event) {
        return bytes(event.toJson());
    }

    static HistoryEvent event(byte[] stored) {
        return HistoryEvent.fromJson(tree(stored));
    }

    static byte[] summary(ExecutionSummary summary) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("executionArn", summary.executionArn())
                .put("stateMachineArn", summary.stateMachineArn())
                .put("name", summary.name())
                .put("status", summary.status().name())
                .put("startDate", summary.startDate().toString());
        putInstant(node, "stopDate", summary.stopDate());
        return bytes(node);
    }

    static ExecutionSummary summary(byte[] stored) {
        JsonNode node = tree(stored);
        return new ExecutionSummary(node.get("executionArn").textValue(), node.get("stateMachineArn").textValue(),
                node.get("name").textValue(), ExecutionStatus.valueOf(node.get("status").textValue()),
                instant(node, "startDate"), instant(node, "stopDate"));
    }

    private static void putInstant(ObjectNode node, String name, Instant value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static Instant instant(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : Instant.parse(value.textValue());
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static JsonNode tree(byte[] stored) {
        try {
            return MAPPER.readTree(stored);
        } catch (IOException corrupt) {
            throw new UncheckedIOException("A stored Step Functions document could not be read", corrupt);
        }
    }
}
