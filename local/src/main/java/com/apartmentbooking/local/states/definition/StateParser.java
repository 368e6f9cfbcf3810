package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one state object into its record, reporting every problem. Returns null when the state
 * is too broken to model (its problems are reported); the graph checks still see its name.
 */
final class StateParser {
    private final QueryLanguage machineLanguage;
    private final GraphParser graphs;

    StateParser(QueryLanguage machineLanguage, GraphParser graphs) {
        this.machineLanguage = machineLanguage;
        this.graphs = graphs;
    }

    State parse(String name, JsonNode node, String location, Problems problems) {
        if (!node.isObject()) {
            problems.schema("Expected value of type 'Object' for state '" + name + "'", location);
            return null;
        }
        FieldReader reader = new FieldReader((ObjectNode) node, location, problems);
        StateType type = type(reader);
        QueryLanguage language = language(reader);
        if (type == null || language == null) {
            return null;
        }
        reader.string("Comment");
        FieldRules.check(type, language, reader.fieldNames(), reader.location(), problems);
        return switch (type) {
            case PASS -> pass(name, reader, language);
            case TASK -> task(name, reader, language);
            case CHOICE -> ChoiceParser.parse(name, reader, language);
            case WAIT -> WaitParser.parse(name, reader, language, transition(reader));
            case SUCCEED -> new SucceedState(name, language, io(reader, language));
            case FAIL -> fail(name, reader, language);
            case PARALLEL -> parallel(name, reader, language);
            case MAP -> MapParser.parse(name, reader, language, transition(reader), io(reader, language),
                    ErrorHandlingParser.parse(reader, language), graphs);
        };
    }

    private static StateType type(FieldReader reader) {
        if (!reader.has("Type")) {
            reader.missing("Type");
            return null;
        }
        String text = reader.string("Type");
        StateType type = text == null ? null : StateType.fromAslName(text);
        if (text != null && type == null) {
            reader.problems().schema("Field 'Type' must be one of [Pass, Task, Choice, Wait, Succeed, Fail, "
                    + "Parallel, Map]", reader.location("Type"));
        }
        return type;
    }

    /** The state's language: its own QueryLanguage, which may not step back from a JSONata machine. */
    private QueryLanguage language(FieldReader reader) {
        if (!reader.has("QueryLanguage")) {
            return machineLanguage;
        }
        String text = reader.string("QueryLanguage");
        QueryLanguage language = text == null ? null : QueryLanguage.fromAslName(text);
        if (text != null && language == null) {
            reader.problems().schema("Field 'QueryLanguage' must be one of [JSONPath, JSONata]",
                    reader.location("QueryLanguage"));
            return null;
        }
        if (language == QueryLanguage.JSONPATH && machineLanguage == QueryLanguage.JSONATA) {
            reader.problems().schema("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
                    reader.location());
        }
        return language;
    }

    /** Next or End, exactly one, for the states that transition. */
    static Transition transition(FieldReader reader) {
        boolean hasNext = reader.has("Next");
        boolean end = reader.endFlag();
        if (hasNext && reader.has("End")) {
            reader.problems().schema("Only one of the fields 'Next' and 'End' may be set", reader.location());
        }
        if (hasNext) {
            String next = reader.string("Next");
            return next == null ? null : Transition.toState(next);
        }
        if (end) {
            return Transition.toEnd();
        }
        if (reader.has("End")) {
            reader.problems().schema("Field 'End' must be true when set", reader.location("End"));
        } else {
            reader.problems().schema("These fields are required: [Next or End]", reader.location());
        }
        return null;
    }

    /** The data-flow fields, each read only when the state type allows it (others were reported). */
    static StateIo io(FieldReader reader, QueryLanguage language) {
        JsonNode parameters = reader.object("Parameters");
        JsonNode resultSelector = reader.object("ResultSelector");
        JsonNode assign = reader.object("Assign");
        if (language == QueryLanguage.JSONPATH) {
            TemplateChecks.check(parameters, reader.location("Parameters"), reader.problems());
            TemplateChecks.check(resultSelector, reader.location("ResultSelector"), reader.problems());
            TemplateChecks.check(assign, reader.location("Assign"), reader.problems());
            checkPaths(reader);
        }
        JsonNode arguments = reader.any("Arguments");
        if (arguments != null && !arguments.isObject() && !FieldReader.isExpression(arguments)) {
            reader.problems().schema("Field 'Arguments' must be an object or a JSONata expression",
                    reader.location("Arguments"));
            arguments = null;
        }
        return new StateIo(reader.pathOrRoot("InputPath"), parameters, resultSelector, reader.pathOrRoot("ResultPath"),
                reader.pathOrRoot("OutputPath"), arguments, reader.any("Output"), assign);
    }

    /** The path fields a JSONPath state may have, each checked where it is written. */
    private static void checkPaths(FieldReader reader) {
        Problems problems = reader.problems();
        for (String field : new String[] {"InputPath", "OutputPath", "ItemsPath", "SecondsPath", "TimestampPath",
                "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
                "ToleratedFailurePercentagePath"}) {
            JsonNode value = reader.node(field);
            if (value != null && value.isTextual()) {
                PathChecks.path(value.textValue(), field, reader.location(field), problems);
            }
        }
        JsonNode resultPath = reader.node("ResultPath");
        if (resultPath != null && resultPath.isTextual()) {
            PathChecks.referencePath(resultPath.textValue(), "ResultPath", reader.location("ResultPath"), problems);
        }
        for (String field : new String[] {"ErrorPath", "CausePath"}) {
            JsonNode value = reader.node(field);
            if (value != null && value.isTextual()) {
                PathChecks.pathOrIntrinsic(value.textValue(), field, reader.location(field), problems);
            }
        }
    }

    private static PassState pass(String name, FieldReader reader, QueryLanguage language) {
        Transition transition = transition(reader);
        StateIo io = io(reader, language);
        return transition == null ? null : new PassState(name, language, transition, io, reader.any("Result"));
    }

    private static TaskState task(String name, FieldReader reader, QueryLanguage language) {
        Transition transition = transition(reader);
        StateIo io = io(reader, language);
        ErrorHandling errors = ErrorHandlingParser.parse(reader, language);
        String resource = reader.requiredString("Resource");
        if (resource != null && !resource.startsWith("arn:")) {
            reader.problems().add(Diagnostic.INVALID_RESOURCE, "Value is not a valid resource ARN",
                    reader.location("Resource"));
        }
        JsonNode timeout = reader.integerOrExpression("TimeoutSeconds", 1, language);
        JsonNode heartbeat = reader.integerOrExpression("HeartbeatSeconds", 1, language);
        exclusive(reader, "TimeoutSeconds", "TimeoutSecondsPath");
        exclusive(reader, "HeartbeatSeconds", "HeartbeatSecondsPath");
        if (timeout != null && heartbeat != null && timeout.isNumber() && heartbeat.isNumber()
                && heartbeat.longValue() >= timeout.longValue()) {
            reader.problems().schema("HeartbeatSeconds must be smaller than TimeoutSeconds",
                    reader.location("HeartbeatSeconds"));
        }
        JsonNode credentials = reader.object("Credentials");
        if (transition == null || resource == null) {
            return null;
        }
        return new TaskState(name, language, transition, io, errors, resource, timeout,
                reader.path("TimeoutSecondsPath"), heartbeat, reader.path("HeartbeatSecondsPath"), credentials);
    }

    private static FailState fail(String name, FieldReader reader, QueryLanguage language) {
        if (language == QueryLanguage.JSONPATH) {
            checkPaths(reader);
        }
        exclusive(reader, "Error", "ErrorPath");
        exclusive(reader, "Cause", "CausePath");
        JsonNode error = stringOrExpression(reader, "Error");
        JsonNode cause = stringOrExpression(reader, "Cause");
        return new FailState(name, language, error, reader.path("ErrorPath"), cause, reader.path("CausePath"));
    }

    private ParallelState parallel(String name, FieldReader reader, QueryLanguage language) {
        Transition transition = transition(reader);
        StateIo io = io(reader, language);
        ErrorHandling errors = ErrorHandlingParser.parse(reader, language);
        var branches = graphs.branches(reader);
        return transition == null || branches == null ? null
                : new ParallelState(name, language, transition, io, errors, branches);
    }

    private static JsonNode stringOrExpression(FieldReader reader, String field) {
        JsonNode value = reader.any(field);
        if (value != null && !value.isTextual()) {
            reader.problems().schema("Expected value of type 'String' for field '" + field + "'",
                    reader.location(field));
            return null;
        }
        return value;
    }

    static void exclusive(FieldReader reader, String first, String second) {
        if (reader.has(first) && reader.has(second)) {
            reader.problems().schema("Only one of the fields '" + first + "' and '" + second + "' may be set",
                    reader.location());
        }
    }
}
