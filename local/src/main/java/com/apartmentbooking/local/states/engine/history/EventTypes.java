package com.apartmentbooking.local.states.engine.history;

import com.apartmentbooking.local.states.definition.StateType;

/** History event type names, as GetExecutionHistory spells them. */
public final class EventTypes {
    public static final String EXECUTION_STARTED = "ExecutionStarted";
    public static final String EXECUTION_SUCCEEDED = "ExecutionSucceeded";
    public static final String EXECUTION_FAILED = "ExecutionFailed";
    public static final String EXECUTION_ABORTED = "ExecutionAborted";
    public static final String EXECUTION_TIMED_OUT = "ExecutionTimedOut";
    public static final String EVALUATION_FAILED = "EvaluationFailed";
    public static final String PARALLEL_STATE_STARTED = "ParallelStateStarted";
    public static final String PARALLEL_STATE_SUCCEEDED = "ParallelStateSucceeded";
    public static final String PARALLEL_STATE_FAILED = "ParallelStateFailed";
    public static final String MAP_STATE_STARTED = "MapStateStarted";
    public static final String MAP_STATE_SUCCEEDED = "MapStateSucceeded";
    public static final String MAP_STATE_FAILED = "MapStateFailed";
    public static final String MAP_ITERATION_STARTED = "MapIterationStarted";
    public static final String MAP_ITERATION_SUCCEEDED = "MapIterationSucceeded";
    public static final String MAP_ITERATION_FAILED = "MapIterationFailed";
    public static final String MAP_ITERATION_ABORTED = "MapIterationAborted";
    public static final String MAP_RUN_STARTED = "MapRunStarted";
    public static final String MAP_RUN_SUCCEEDED = "MapRunSucceeded";
    public static final String MAP_RUN_FAILED = "MapRunFailed";
    public static final String MAP_RUN_ABORTED = "MapRunAborted";
    public static final String TASK_SCHEDULED = "TaskScheduled";
    public static final String TASK_STARTED = "TaskStarted";
    public static final String TASK_SUBMITTED = "TaskSubmitted";
    public static final String TASK_SUCCEEDED = "TaskSucceeded";
    public static final String TASK_FAILED = "TaskFailed";
    public static final String TASK_TIMED_OUT = "TaskTimedOut";
    public static final String TASK_SUBMIT_FAILED = "TaskSubmitFailed";
    public static final String LAMBDA_FUNCTION_SCHEDULED = "LambdaFunctionScheduled";
    public static final String LAMBDA_FUNCTION_STARTED = "LambdaFunctionStarted";
    public static final String LAMBDA_FUNCTION_SUCCEEDED = "LambdaFunctionSucceeded";
    public static final String LAMBDA_FUNCTION_FAILED = "LambdaFunctionFailed";
    public static final String LAMBDA_FUNCTION_TIMED_OUT = "LambdaFunctionTimedOut";

    private static final String[] ENTERED = names("Entered");
    private static final String[] EXITED = names("Exited");
    private static final String[] ABORTED = names("Aborted");

    private EventTypes() {
    }

    /** {@code PassStateEntered}, {@code MapStateEntered}, ... */
    public static String entered(StateType type) {
        return ENTERED[type.ordinal()];
    }

    public static String exited(StateType type) {
        return EXITED[type.ordinal()];
    }

    /** {@code WaitStateAborted}, {@code TaskStateAborted}, ...: what an in-flight state records when stopped. */
    public static String aborted(StateType type) {
        return ABORTED[type.ordinal()];
    }

    private static String[] names(String suffix) {
        StateType[] types = StateType.values();
        String[] names = new String[types.length];
        for (StateType type : types) {
            names[type.ordinal()] = type.aslName() + "State" + suffix;
        }
        return names;
    }
}
