package com.apartmentbooking.local.states.definition;

import com.apartmentbooking.local.states.choice.ChoiceRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a Choice state. A JSONPath branch is a comparison rule (compiled here, so a bad operator
 * fails the definition rather than an execution); a JSONata branch is a Condition.
 */
final class ChoiceParser {
    private static final Set<String> JSONATA_BRANCH_FIELDS = Set.of("Condition", "Next", "Assign", "Output", "Comment");

    private ChoiceParser() {
    }

    static ChoiceState parse(String name, FieldReader reader, QueryLanguage language) {
        StateIo io = StateParser.io(reader, language);
        String defaultNext = reader.string("Default");
        JsonNode choices = reader.node("Choices");
        if (choices == null) {
            reader.missing("Choices");
            return null;
        }
        if (!choices.isArray() || choices.isEmpty()) {
            reader.problems().schema("Field 'Choices' must be a non-empty array", reader.location("Choices"));
            return null;
        }
        List<ChoiceBranch> branches = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String location = reader.location("Choices") + "/" + i;
            JsonNode element = choices.get(i);
            if (!element.isObject()) {
                reader.problems().schema("Expected value of type 'Object'", location);
                continue;
            }
            FieldReader branchReader = new FieldReader((ObjectNode) element, location, reader.problems());
            ChoiceBranch branch = language == QueryLanguage.JSONATA
                    ? jsonataBranch(branchReader)
                    : jsonPathBranch((ObjectNode) element, branchReader);
            if (branch != null) {
                branches.add(branch);
            }
        }
        return branches.size() == choices.size() ? new ChoiceState(name, language, io, branches, defaultNext) : null;
    }

    private static ChoiceBranch jsonataBranch(FieldReader reader) {
        reader.rejectOthers(JSONATA_BRANCH_FIELDS);
        if (!reader.has("Condition")) {
            reader.missing("Condition");
        }
        String next = reader.requiredString("Next");
        JsonNode assign = reader.object("Assign");
        if (!reader.has("Condition") || next == null) {
            return null;
        }
        return new ChoiceBranch(null, reader.any("Condition"), next, assign, reader.any("Output"));
    }

    private static ChoiceBranch jsonPathBranch(ObjectNode element, FieldReader reader) {
        for (String field : List.of("Output", "Condition")) {
            if (reader.has(field)) {
                reader.problems().schema("The QueryLanguage is set to 'JSONPath', but field '" + field
                        + "' is only supported for the 'JSONata' QueryLanguage", reader.location());
            }
        }
        String next = reader.requiredString("Next");
        JsonNode assign = reader.object("Assign");
        TemplateChecks.check(assign, reader.location("Assign"), reader.problems());
        ObjectNode ruleJson = element;
        if (element.has("Output") || element.has("Condition")) {
            ruleJson = element.deepCopy();
            ruleJson.remove(List.of("Output", "Condition"));
        }
        ChoiceRule rule;
        try {
            rule = ChoiceRule.parse(ruleJson);
        } catch (IllegalArgumentException invalid) {
            reader.problems().schema(invalid.getMessage(), reader.location());
            return null;
        }
        return next == null ? null : new ChoiceBranch(rule, null, next, assign, null);
    }
}
