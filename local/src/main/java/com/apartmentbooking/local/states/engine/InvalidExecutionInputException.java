package com.apartmentbooking.local.states.engine;

/** StartExecution with an input that is not JSON or is larger than the 256 KiB payload limit. */
public class InvalidExecutionInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidExecutionInputException(String message) {
        super(message);
    }
}
