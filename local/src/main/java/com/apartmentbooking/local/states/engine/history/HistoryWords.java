package com.apartmentbooking.local.states.engine.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a stored history block names by number instead of spelling out: event types, details members, their
 * field names and common values. Stored blocks refer to a word by its position, so the list is only ever appended
 * to; a word missing from it is stored as text.
 */
final class HistoryWords {
    private static final List<String> WORDS = List.of(
            "ExecutionStarted", "ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut",
            "EvaluationFailed",
            "PassStateEntered", "PassStateExited", "TaskStateEntered", "TaskStateExited", "TaskStateAborted",
            "ChoiceStateEntered", "ChoiceStateExited", "WaitStateEntered", "WaitStateExited", "WaitStateAborted",
            "SucceedStateEntered", "SucceedStateExited", "FailStateEntered", "FailStateExited",
            "ParallelStateEntered", "ParallelStateExited", "ParallelStateAborted", "ParallelStateStarted",
            "ParallelStateSucceeded", "ParallelStateFailed",
            "MapStateEntered", "MapStateExited", "MapStateAborted", "MapStateStarted", "MapStateSucceeded",
            "MapStateFailed", "MapIterationStarted", "MapIterationSucceeded", "MapIterationFailed",
            "MapIterationAborted", "MapRunStarted", "MapRunSucceeded", "MapRunFailed", "MapRunAborted",
            "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskFailed", "TaskTimedOut",
            "TaskSubmitFailed", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
            "LambdaFunctionFailed", "LambdaFunctionTimedOut",
            "executionStartedEventDetails", "executionSucceededEventDetails", "executionFailedEventDetails",
            "executionAbortedEventDetails", "executionTimedOutEventDetails", "evaluationFailedEventDetails",
            "stateEnteredEventDetails", "stateExitedEventDetails", "taskScheduledEventDetails",
            "taskStartedEventDetails", "taskSubmittedEventDetails", "taskSucceededEventDetails",
            "taskFailedEventDetails", "taskTimedOutEventDetails", "taskSubmitFailedEventDetails",
            "lambdaFunctionScheduledEventDetails", "lambdaFunctionFailedEventDetails",
            "lambdaFunctionSucceededEventDetails", "lambdaFunctionTimedOutEventDetails", "mapStateStartedEventDetails",
            "mapIterationStartedEventDetails", "mapIterationSucceededEventDetails", "mapIterationFailedEventDetails",
            "mapIterationAbortedEventDetails", "mapRunStartedEventDetails", "mapRunFailedEventDetails",
            "name", "input", "inputDetails", "output", "outputDetails", "parameters", "truncated", "roleArn", "error",
            "cause", "resource", "resourceType", "region", "timeoutInSeconds", "heartbeatInSeconds", "index",
            "length", "mapRunArn", "state", "assignedVariables", "assignedVariablesDetails",
            "dynamodb", "putItem", "getItem", "updateItem", "deleteItem", "query", "lambda", "invoke", "events",
            "putEvents", "sqs", "sendMessage", "States.TaskFailed", "States.Timeout", "States.Runtime");
    private static final Map<String, Integer> CODES = codes();

    private HistoryWords() {
    }

    /** The word's number, or -1 when it is not one of the words. */
    static int code(String word) {
        return CODES.getOrDefault(word, -1);
    }

    /** The word numbered {@code code}. */
    static String word(int code) {
        if (code < 0 || code >= WORDS.size()) {
            throw new IllegalStateException("A stored history names an unknown word: " + code);
        }
        return WORDS.get(code);
    }

    private static Map<String, Integer> codes() {
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            if (codes.put(WORDS.get(i), i) != null) {
                throw new IllegalStateException("A history word is listed twice: " + WORDS.get(i));
            }
        }
        return codes;
    }
}
