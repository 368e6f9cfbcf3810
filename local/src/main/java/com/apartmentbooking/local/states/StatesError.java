package com.apartmentbooking.local.states;

/**
 * A failure raised while running a state machine, named the way Step Functions names it: an error
 * code such as {@code States.Runtime} or a user-defined one, and the cause text AWS would give.
 * Retriers and catchers match on {@link #error()}.
 */
public class StatesError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String RUNTIME = "States.Runtime";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String TIMEOUT = "States.Timeout";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    public static final String PERMISSIONS = "States.Permissions";
    public static final String ALL = "States.ALL";

    private final String error;
    private final String cause;

    public StatesError(String error, String cause) {
        super(error + ": " + cause);
        this.error = error;
        this.cause = cause;
    }

    public String error() {
        return error;
    }

    /** The cause text; may be null where AWS reports none. */
    public String cause() {
        return cause;
    }
}
