package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;

/** The texts AWS writes in the causes of the failures the engine itself raises. */
final class Causes {
    private Causes() {
    }

    /** The failure of a field's evaluation, placed in its state as AWS words it. */
    static StateFailure inState(StatesError error, String stateName, long enteredEventId) {
        return new StateFailure(error.error(), prefix(stateName, enteredEventId) + error.cause());
    }

    static String prefix(String stateName, long enteredEventId) {
        return "An error occurred while executing the state '" + stateName + "' (entered at the event id #"
                + enteredEventId + "). ";
    }

    static StateFailure dataLimitExceeded(String stateName) {
        return new StateFailure(StatesError.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    static String historyLimitReached(int maxEvents) {
        return "The execution reached the maximum number of history events (" + maxEvents + ").";
    }

    /**
     * An exception that is not a Step Functions error (a bug, or a value no check foresaw), reported
     * as States.Runtime so the execution fails with a reason instead of hanging.
     */
    static StatesError internal(RuntimeException exception) {
        String message = exception.getMessage();
        return new StatesError(StatesError.RUNTIME, message != null ? message : exception.toString());
    }
}
