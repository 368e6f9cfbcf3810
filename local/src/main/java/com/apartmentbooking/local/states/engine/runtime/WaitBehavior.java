package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.definition.Timestamps;
import com.apartmentbooking.local.states.definition.WaitState;
import com.apartmentbooking.local.states.jsonata.JsonataScope;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Wait: until a number of seconds has passed or a timestamp is reached, on a timer. A due time
 * already past completes the state at once.
 */
final class WaitBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        WaitState wait = (WaitState) run.state();
        JsonNode result;
        Instant due;
        if (wait.queryLanguage() == QueryLanguage.JSONPATH) {
            result = JsonPathFlow.effectiveInput(run);
            due = jsonPathDue(wait, run, result);
        } else {
            result = run.input();
            due = jsonataDue(wait, run);
        }
        if (!due.isAfter(run.now())) {
            run.complete(Completion.of(result));
            return;
        }
        waitUntil(run, due, result);
    }

    @Override
    public void resume(StateRun run, JsonNode snapshot) {
        waitUntil(run, Instant.parse(snapshot.get("due").textValue()), snapshot.get("result"));
    }

    private static void waitUntil(StateRun run, Instant due, JsonNode result) {
        WaitTimer timer = new WaitTimer(run, due, result);
        run.suspend(timer);
        timer.arm(run.onLoop(timer, () -> run.complete(Completion.of(result))));
    }

    private static Instant jsonPathDue(WaitState wait, StateRun run, JsonNode effectiveInput) {
        if (wait.seconds() != null) {
            return run.now().plusSeconds(wait.seconds().longValue());
        }
        if (wait.timestamp() != null) {
            return Timestamps.parse(wait.timestamp().textValue());
        }
        if (wait.secondsPath() != null) {
            JsonNode value = JsonPaths.readField(wait.secondsPath(), run.pathContext(effectiveInput), "SecondsPath");
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw runtimeError("The SecondsPath parameter cannot be parsed as a long value: "
                        + wait.secondsPath() + " == " + text(value));
            }
            if (value.longValue() < 0) {
                throw runtimeError("The SecondsPath parameter references a negative value: " + wait.secondsPath()
                        + " == " + text(value));
            }
            return run.now().plusSeconds(value.longValue());
        }
        JsonNode value = JsonPaths.readField(wait.timestampPath(), run.pathContext(effectiveInput), "TimestampPath");
        Instant due = value.isTextual() ? Timestamps.parse(value.textValue()) : null;
        if (due == null) {
            throw runtimeError("The TimestampPath parameter does not reference a valid ISO-8601 extended offset "
                    + "date-time format string: " + wait.timestampPath() + " == " + text(value));
        }
        return due;
    }

    private static Instant jsonataDue(WaitState wait, StateRun run) {
        JsonataScope scope = JsonataFlow.scope(run);
        if (wait.seconds() != null) {
            JsonNode value = JsonataTemplates.evaluate(wait.seconds(), scope, "Seconds");
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR,
                        "The Seconds field must be a non-negative integer, but was: " + text(value));
            }
            return run.now().plusSeconds(value.longValue());
        }
        JsonNode value = JsonataTemplates.evaluate(wait.timestamp(), scope, "Timestamp");
        Instant due = value.isTextual() ? Timestamps.parse(value.textValue()) : null;
        if (due == null) {
            throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The Timestamp field cannot be parsed as an "
                    + "ISO-8601 extended offset date-time format string: " + text(value));
        }
        return due;
    }

    private static StatesError runtimeError(String cause) {
        return new StatesError(StatesError.RUNTIME, cause);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
