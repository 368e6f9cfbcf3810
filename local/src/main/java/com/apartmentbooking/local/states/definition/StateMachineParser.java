package com.apartmentbooking.local.states.definition;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Parses and validates ASL documents. Validation reports every problem it finds, each with its
 * location and an AWS-style code and message, rather than stopping at the first.
 */
public final class StateMachineParser {
    /** Duplicate keys are an error in a definition (AWS rejects them), not "last one wins". */

    private StateMachineParser() {
    }

    /** The validated model of {@code json}; throws {@link DefinitionValidationException} listing every problem. */
    public static StateMachineDefinition parse(String json) {
        Problems problems = new Problems();
        StateMachineDefinition definition = read(json, problems);
        if (!problems.isEmpty() || definition == null) {
            throw new DefinitionValidationException(problems.list());
        }
        return definition;
    }

    /** Every problem of {@code json}; empty when it is a valid definition. */
    public static List<Diagnostic> validate(String json) {
        Problems problems = new Problems();
        read(json, problems);
        return problems.list();
    }

    private static StateMachineDefinition read(String json, Problems problems) {
        if (json == null || json.isBlank()) {
            problems.add(Diagnostic.MISSING_DESCRIPTION, "Received a null or empty workflow input", null);
            return null;
        }
        JsonNode root;
        try {
            root = Json.STRICT_KEYS.readTree(json);
        } catch (JsonProcessingException invalid) {
            problems.add(Diagnostic.INVALID_JSON_DESCRIPTION, JsonReasons.of(invalid), null);
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(Diagnostic.INVALID_JSON_DESCRIPTION, "The definition must be a JSON object", null);
            return null;
        }
        FieldReader reader = new FieldReader((ObjectNode) root, "", problems);
        QueryLanguage language = machineLanguage(reader);
        String comment = reader.string("Comment");
        String version = reader.string("Version");
        JsonNode timeout = reader.integerOrExpression("TimeoutSeconds", 1, QueryLanguage.JSONPATH);
        StateGraph graph = new GraphParser(language, problems).graph(reader, GraphParser.MACHINE_FIELDS);
        if (graph == null) {
            return null;
        }
        return new StateMachineDefinition(comment, version, language,
                timeout == null ? null : timeout.intValue(), graph);
    }

    private static QueryLanguage machineLanguage(FieldReader reader) {
        String text = reader.string("QueryLanguage");
        if (text == null) {
            return QueryLanguage.JSONPATH;
        }
        QueryLanguage language = QueryLanguage.fromAslName(text);
        if (language == null) {
            reader.problems().schema("Field 'QueryLanguage' must be one of [JSONPath, JSONata]",
                    reader.location("QueryLanguage"));
            return QueryLanguage.JSONPATH;
        }
        return language;
    }
}
