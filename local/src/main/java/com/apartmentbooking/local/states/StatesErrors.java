package com.apartmentbooking.local.states;

/** The errors the Step Functions API answers with, under AWS's codes and message forms. */
final class StatesErrors {
    private StatesErrors() {
    }

    static StatesException invalidArn(String message) {
        return error("InvalidArn", "Invalid Arn: '" + message + "'");
    }

    static StatesException invalidName(String name) {
        return error("InvalidName", "Invalid Name: '" + name + "'");
    }

    static StatesException invalidDefinition(String message) {
        return error("InvalidDefinition", message);
    }

    static StatesException stateMachineAlreadyExists(String arn) {
        return error("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }

    static StatesException stateMachineDoesNotExist(String arn) {
        return error("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    static StatesException stateMachineTypeNotSupported() {
        return error("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
    }

    static StatesException executionDoesNotExist(String arn) {
        return error("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    static StatesException executionAlreadyExists(String message) {
        return error("ExecutionAlreadyExists", message);
    }

    static StatesException invalidExecutionInput(String message) {
        return error("InvalidExecutionInput", message);
    }

    static StatesException invalidOutput(String message) {
        return error("InvalidOutput", message);
    }

    static StatesException invalidToken(String message) {
        return error("InvalidToken", "Invalid Token: '" + message + "'");
    }

    static StatesException taskTimedOut() {
        return error("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }

    static StatesException validation(String message) {
        return error("ValidationException", message);
    }

    static StatesException missingRequiredParameter(String message) {
        return error("MissingRequiredParameter", message);
    }

    /** A required member left out, in the form AWS's request validation uses. */
    static StatesException missing(String member) {
        return validation("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }

    /**
     * A member over its length constraint. The value is not echoed: the members this is used for (the definition)
     * are marked sensitive in the API, and AWS leaves sensitive values out of its validation messages.
     */
    static StatesException tooLong(String member, int maxLength) {
        return validation("1 validation error detected: Value at '" + member
                + "' failed to satisfy constraint: Member must have length less than or equal to " + maxLength);
    }

    private static StatesException error(String code, String message) {
        return new StatesException(400, code, message);
    }
}
