package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the graphs of a definition (the machine, Parallel branches, Map item processors), each
 * checked on its own (transitions stay inside their graph) while state names are checked for
 * uniqueness across the whole machine.
 */
final class GraphParser {
    static final Set<String> MACHINE_FIELDS = Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds",
            "QueryLanguage");
    private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");
    private static final Set<String> PROCESSOR_CONFIG_FIELDS = Set.of("Mode", "ExecutionType");
    private static final int MAX_STATE_NAME_LENGTH = 80;

    private final Problems problems;
    private final StateParser states;
    private final Map<String, String> namesSeen = new HashMap<>();

    GraphParser(QueryLanguage machineLanguage, Problems problems) {
        this.problems = problems;
        this.states = new StateParser(machineLanguage, this);
    }

    /** Reads {@code StartAt} and {@code States} of an object whose other fields are {@code fields}. */
    StateGraph graph(FieldReader container, Set<String> fields) {
        container.rejectOthers(fields);
        String startAt = container.requiredString("StartAt");
        JsonNode statesNode = container.node("States");
        if (statesNode == null) {
            container.missing("States");
            return null;
        }
        if (!statesNode.isObject() || statesNode.isEmpty()) {
            problems.schema("Field 'States' must be a non-empty object", container.location("States"));
            return null;
        }
        String statesLocation = container.location("States");
        Map<String, State> parsed = new LinkedHashMap<>();
        boolean complete = true;
        for (Map.Entry<String, JsonNode> entry : statesNode.properties()) {
            String location = statesLocation + "/" + entry.getKey();
            checkName(entry.getKey(), location);
            State state = states.parse(entry.getKey(), entry.getValue(), location, problems);
            if (state == null) {
                complete = false;
            } else {
                parsed.put(entry.getKey(), state);
            }
        }
        GraphChecks.check(container.location().equals("/") ? "" : container.location(), startAt,
                (ObjectNode) statesNode, parsed, problems);
        return complete && startAt != null ? new StateGraph(startAt, parsed) : null;
    }

    List<StateGraph> branches(FieldReader parallel) {
        JsonNode branches = parallel.node("Branches");
        if (branches == null) {
            parallel.missing("Branches");
            return null;
        }
        if (!branches.isArray() || branches.isEmpty()) {
            problems.schema("Field 'Branches' must be a non-empty array", parallel.location("Branches"));
            return null;
        }
        List<StateGraph> graphs = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            String location = parallel.location("Branches") + "/" + i;
            if (!branches.get(i).isObject()) {
                problems.schema("Expected value of type 'Object'", location);
                continue;
            }
            StateGraph graph = graph(new FieldReader((ObjectNode) branches.get(i), location, problems), BRANCH_FIELDS);
            if (graph != null) {
                graphs.add(graph);
            }
        }
        return graphs.size() == branches.size() ? graphs : null;
    }

    MapProcessor processor(FieldReader map) {
        String field = map.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode node = map.node(field);
        if (node == null) {
            map.missing("ItemProcessor");
            return null;
        }
        if (!node.isObject()) {
            problems.schema("Expected value of type 'Object' for field '" + field + "'", map.location(field));
            return null;
        }
        FieldReader reader = new FieldReader((ObjectNode) node, map.location(field), problems);
        ProcessorMode mode = ProcessorMode.INLINE;
        String executionType = null;
        JsonNode config = reader.object("ProcessorConfig");
        if (config != null) {
            FieldReader configReader = new FieldReader((ObjectNode) config, reader.location("ProcessorConfig"), problems);
            configReader.rejectOthers(PROCESSOR_CONFIG_FIELDS);
            mode = mode(configReader);
            executionType = configReader.string("ExecutionType");
            if (executionType != null && !executionType.equals("STANDARD") && !executionType.equals("EXPRESS")) {
                problems.schema("Field 'ExecutionType' must be one of [STANDARD, EXPRESS]",
                        configReader.location("ExecutionType"));
            }
        }
        StateGraph graph = graph(reader, PROCESSOR_FIELDS);
        return graph == null ? null : new MapProcessor(graph, mode,
                mode == ProcessorMode.DISTRIBUTED && executionType == null ? "STANDARD" : executionType);
    }

    private ProcessorMode mode(FieldReader config) {
        String mode = config.string("Mode");
        if (mode == null) {
            return ProcessorMode.INLINE;
        }
        for (ProcessorMode candidate : ProcessorMode.values()) {
            if (candidate.name().equals(mode)) {
                return candidate;
            }
        }
        problems.schema("Field 'Mode' must be one of [INLINE, DISTRIBUTED]", config.location("Mode"));
        return ProcessorMode.INLINE;
    }

    private void checkName(String name, String location) {
        if (name.isEmpty() || name.length() > MAX_STATE_NAME_LENGTH) {
            problems.add(Diagnostic.INVALID_STATE_NAME,
                    "State name must be between 1 and " + MAX_STATE_NAME_LENGTH + " characters long", location);
        }
        if (namesSeen.putIfAbsent(name, location) != null) {
            problems.add(Diagnostic.DUPLICATE_STATE_NAME, "Duplicate State name: " + name, location);
        }
    }
}
