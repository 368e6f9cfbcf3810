package com.apartmentbooking.local.states.engine;

/**
 * A SendTaskSuccess/Failure/Heartbeat for a token no waiting task holds: never issued, or its task
 * already ended. {@link #code()} is the error code the Step Functions API answers with.
 */
public class TaskTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String TASK_DOES_NOT_EXIST = "TaskDoesNotExist";

    private final String code;

    public TaskTokenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
