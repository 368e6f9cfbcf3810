package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the Retry and Catch arrays of a state. */
final class ErrorHandlingParser {
    private static final String STATES_ALL = "States.ALL";
    private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final Set<String> CATCHER_FIELDS = Set.of("ErrorEquals", "Next", "ResultPath", "Output",
            "Assign", "Comment");

    private ErrorHandlingParser() {
    }

    static ErrorHandling parse(FieldReader state, QueryLanguage language) {
        List<Retrier> retriers = new ArrayList<>();
        List<Catcher> catchers = new ArrayList<>();
        List<ObjectNode> retryElements = elements(state, "Retry");
        for (int i = 0; i < retryElements.size(); i++) {
            FieldReader reader = new FieldReader(retryElements.get(i), state.location("Retry") + "/" + i,
                    state.problems());
            Retrier retrier = retrier(reader, i == retryElements.size() - 1);
            if (retrier != null) {
                retriers.add(retrier);
            }
        }
        List<ObjectNode> catchElements = elements(state, "Catch");
        for (int i = 0; i < catchElements.size(); i++) {
            FieldReader reader = new FieldReader(catchElements.get(i), state.location("Catch") + "/" + i,
                    state.problems());
            Catcher catcher = catcher(reader, language, i == catchElements.size() - 1);
            if (catcher != null) {
                catchers.add(catcher);
            }
        }
        return retriers.isEmpty() && catchers.isEmpty() ? ErrorHandling.NONE : new ErrorHandling(retriers, catchers);
    }

    private static Retrier retrier(FieldReader reader, boolean last) {
        reader.rejectOthers(RETRIER_FIELDS);
        List<String> errors = errorEquals(reader, last);
        int interval = reader.integer("IntervalSeconds", Retrier.DEFAULT_INTERVAL_SECONDS, 1);
        int maxAttempts = reader.integer("MaxAttempts", Retrier.DEFAULT_MAX_ATTEMPTS, 0);
        double backoff = backoffRate(reader);
        Integer maxDelay = reader.has("MaxDelaySeconds") ? reader.integer("MaxDelaySeconds", 1, 1) : null;
        JitterStrategy jitter = jitter(reader);
        return errors == null ? null : new Retrier(errors, interval, maxAttempts, backoff, maxDelay, jitter);
    }

    private static Catcher catcher(FieldReader reader, QueryLanguage language, boolean last) {
        reader.rejectOthers(CATCHER_FIELDS);
        for (String field : List.of("ResultPath", "Output")) {
            if (reader.has(field)) {
                FieldRules.checkLanguage(field, language, reader.location(), reader.problems());
            }
        }
        List<String> errors = errorEquals(reader, last);
        String next = reader.requiredString("Next");
        String resultPath = reader.pathOrRoot("ResultPath");
        JsonNode output = reader.any("Output");
        JsonNode assign = reader.object("Assign");
        return errors == null || next == null ? null : new Catcher(errors, next, resultPath, output, assign);
    }

    /** ErrorEquals: required, not empty; States.ALL only alone and only in the last element. */
    private static List<String> errorEquals(FieldReader reader, boolean last) {
        if (!reader.has("ErrorEquals")) {
            reader.missing("ErrorEquals");
            return null;
        }
        List<String> errors = reader.strings("ErrorEquals");
        if (errors == null) {
            return null;
        }
        if (errors.isEmpty()) {
            reader.problems().schema("ErrorEquals must not be empty", reader.location("ErrorEquals"));
            return null;
        }
        if (errors.contains(STATES_ALL) && errors.size() > 1) {
            reader.problems().schema("States.ALL must appear alone in ErrorEquals", reader.location("ErrorEquals"));
        }
        if (errors.contains(STATES_ALL) && !last) {
            reader.problems().schema("States.ALL must appear in the last element of the array",
                    reader.location("ErrorEquals"));
        }
        return errors;
    }

    private static double backoffRate(FieldReader reader) {
        JsonNode value = reader.node("BackoffRate");
        if (value == null) {
            return Retrier.DEFAULT_BACKOFF_RATE;
        }
        if (!value.isNumber() || value.doubleValue() < 1.0) {
            reader.problems().schema("Field 'BackoffRate' must be a number greater than or equal to 1.0",
                    reader.location("BackoffRate"));
            return Retrier.DEFAULT_BACKOFF_RATE;
        }
        return value.doubleValue();
    }

    private static JitterStrategy jitter(FieldReader reader) {
        String text = reader.string("JitterStrategy");
        if (text == null) {
            return JitterStrategy.NONE;
        }
        for (JitterStrategy strategy : JitterStrategy.values()) {
            if (strategy.name().equals(text)) {
                return strategy;
            }
        }
        reader.problems().schema("Field 'JitterStrategy' must be one of [FULL, NONE]",
                reader.location("JitterStrategy"));
        return JitterStrategy.NONE;
    }

    private static List<ObjectNode> elements(FieldReader state, String field) {
        JsonNode array = state.node(field);
        List<ObjectNode> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        if (!array.isArray()) {
            state.problems().schema("Expected value of type 'Array' for field '" + field + "'", state.location(field));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                result.add((ObjectNode) array.get(i));
            } else {
                state.problems().schema("Expected value of type 'Object'", state.location(field) + "/" + i);
            }
        }
        return result;
    }
}
