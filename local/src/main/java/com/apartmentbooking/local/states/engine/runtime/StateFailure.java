package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;

/**
 * A failure whose cause is already the text AWS reports as is: a Fail state's Cause, a task's
 * error, a branch's or iteration's failure passed up, a timeout, the payload limit. Other
 * {@link StatesError}s come from evaluating a state's fields and get the "An error occurred while
 * executing the state ..." prefix.
 */
final class StateFailure extends StatesError {
    private static final long serialVersionUID = 1L;

    StateFailure(String error, String cause) {
        super(error, cause);
    }
}
