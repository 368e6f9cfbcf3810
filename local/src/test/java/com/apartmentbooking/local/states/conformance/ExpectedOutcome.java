package com.apartmentbooking.local.states.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result AWS recorded for a case, and the rules for comparing the engine's result with it:
 * status exactly; error exactly (absent means AWS reported none, so the engine must report none);
 * cause exactly but through the case's placeholders; output as a JSON value when the case
 * succeeded; history event types through {@link HistoryComparison} when recorded (the
 * choice-operator cases have none).
 *
 * @param output the recorded output, null when the record has none (failed executions)
 * @param history the recorded event types, null when the record has none
 */
record ExpectedOutcome(String status, JsonNode output, String error, String cause, List<String> history) {

    static ExpectedOutcome from(JsonNode expected) {
        List<String> history = null;
        if (expected.has("history_event_types")) {
            history = new ArrayList<>();
            for (JsonNode type : expected.get("history_event_types")) {
                history.add(type.textValue());
            }
        }
        return new ExpectedOutcome(
                expected.required("status").textValue(),
                expected.get("output"),
                textOrNull(expected, "error"),
                textOrNull(expected, "cause"),
                history == null ? null : List.copyOf(history));
    }

    private static String textOrNull(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null ? null : value.textValue();
    }

    /** Every difference, most telling first: a wrong status explains the others. */
    List<String> mismatches(ActualOutcome actual, Placeholders placeholders) {
        List<String> mismatches = new ArrayList<>();
        if (!status.equals(actual.status())) {
            mismatches.add("status: expected " + status + " but was " + actual.status()
                    + " (error=" + actual.error() + ", cause=" + ConformanceJson.abbreviate(actual.cause()) + ")");
        }
        if (!Objects.equals(error, actual.error())) {
            mismatches.add("error: expected " + error + " but was " + actual.error());
        }
        if (!causeMatches(actual.cause(), placeholders)) {
            mismatches.add("cause: expected " + quoted(cause) + " but was " + quoted(actual.cause()));
        }
        if (output != null && status.equals(actual.status())) {
            outputMismatch(actual.output(), placeholders).ifPresent(mismatches::add);
        }
        if (history != null) {
            HistoryComparison.difference(history, actual.historyEventTypes()).ifPresent(mismatches::add);
        }
        return mismatches;
    }

    private boolean causeMatches(String actualCause, Placeholders placeholders) {
        if (cause == null) {
            return actualCause == null;
        }
        return placeholders.matches(cause, actualCause);
    }

    private Optional<String> outputMismatch(JsonNode actualOutput, Placeholders placeholders) {
        if (actualOutput == null) {
            return Optional.of("output: expected " + ConformanceJson.abbreviate(ConformanceJson.write(output))
                    + " but the execution has none");
        }
        return JsonMatch.firstDifference(output, actualOutput, placeholders).map(at -> "output " + at);
    }

    private static String quoted(String text) {
        return text == null ? "none" : "'" + ConformanceJson.abbreviate(text) + "'";
    }
}
