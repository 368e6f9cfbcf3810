package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.FailState;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.PayloadTemplates;
import com.fasterxml.jackson.databind.JsonNode;

/** Fail: fails its graph with its Error and Cause, literal, read from paths, or evaluated. */
final class FailBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        FailState fail = (FailState) run.state();
        String error;
        String cause;
        if (fail.queryLanguage() == QueryLanguage.JSONATA) {
            error = evaluated(fail.error(), run, "Error");
            cause = evaluated(fail.cause(), run, "Cause");
        } else {
            error = fail.errorPath() != null ? read(fail.errorPath(), run, "ErrorPath") : text(fail.error());
            cause = fail.causePath() != null ? read(fail.causePath(), run, "CausePath") : text(fail.cause());
        }
        throw new StateFailure(error, cause);
    }

    private static String read(String path, StateRun run, String field) {
        return text(PayloadTemplates.evaluateExpression(path, run.pathContext(run.input()), field));
    }

    private static String evaluated(JsonNode template, StateRun run, String field) {
        return template == null ? null : text(JsonataTemplates.evaluate(template, JsonataFlow.scope(run), field));
    }

    /** A string value as it is; any other value as its JSON text. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
