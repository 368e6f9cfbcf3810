package com.apartmentbooking.local.states;

import com.apartmentbooking.local.server.AwsServiceException;

/** The errors the Step Functions API answers with, under AWS's codes and message forms. */
final class StatesErrors {
    private StatesErrors() {
    }

    static AwsServiceException invalidArn(String message) {
        return error("InvalidArn", "Invalid Arn: '" + message + "'");
    }

    static AwsServiceException invalidName(String name) {
        return error("InvalidName", "Invalid Name: '" + name + "'");
    }

    static AwsServiceException invalidDefinition(String message) {
        return error("InvalidDefinition", message);
    }

    static AwsServiceException stateMachineAlreadyExists(String arn) {
        return error("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }

    static AwsServiceException stateMachineDoesNotExist(String arn) {
        return error("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    static AwsServiceException stateMachineTypeNotSupported() {
        return error("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
    }

    static AwsServiceException executionDoesNotExist(String arn) {
        return error("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    static AwsServiceException executionAlreadyExists(String message) {
        return error("ExecutionAlreadyExists", message);
    }

    static AwsServiceException invalidExecutionInput(String message) {
        return error("InvalidExecutionInput", message);
    }

    static AwsServiceException invalidOutput(String message) {
        return error("InvalidOutput", message);
    }

    static AwsServiceException invalidToken(String message) {
        return error("InvalidToken", "Invalid Token: '" + message + "'");
    }

    static AwsServiceException taskTimedOut() {
        return error("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }

    static AwsServiceException validation(String message) {
        return error("ValidationException", message);
    }

    static AwsServiceException missingRequiredParameter(String message) {
        return error("MissingRequiredParameter", message);
    }

    /** A required member left out, in the form AWS's request validation uses. */
    static AwsServiceException missing(String member) {
        return validation("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }

    private static AwsServiceException error(String code, String message) {
        return new AwsServiceException(400, code, message);
    }
}
