package com.apartmentbooking.local.secretsmanager;

/**
 * The errors Secrets Manager answers with, in AWS's words; its JSON 1.1 protocol names them by their plain code.
 * No message quotes a secret's value.
 */
final class SecretsManagerErrors {

    private SecretsManagerErrors() {
    }

    static SecretsManagerException secretNotFound() {
        return new SecretsManagerException("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    }

    static SecretsManagerException stageNotFound(String stage) {
        return new SecretsManagerException("ResourceNotFoundException",
                "Secrets Manager can't find the specified secret value for staging label: " + stage);
    }

    static SecretsManagerException versionNotFound(String versionId) {
        return new SecretsManagerException("ResourceNotFoundException",
                "Secrets Manager can't find the specified secret value for VersionId: " + versionId);
    }

    static SecretsManagerException stageNotOnVersion() {
        return new SecretsManagerException("InvalidRequestException",
                "You provided a VersionStage that is not associated to the provided VersionId.");
    }

    static SecretsManagerException secretExists(String name) {
        return new SecretsManagerException("ResourceExistsException",
                "The operation failed because the secret " + name + " already exists.");
    }

    static SecretsManagerException versionExists() {
        return new SecretsManagerException("ResourceExistsException",
                "You can't modify an existing version, you can only create a new version.");
    }

    static SecretsManagerException noValue() {
        return new SecretsManagerException("InvalidRequestException",
                "You must provide either SecretString or SecretBinary.");
    }

    static SecretsManagerException bothValues() {
        return new SecretsManagerException("InvalidParameterException",
                "You can't specify both a binary secret value and a string secret value in the same secret.");
    }

    static SecretsManagerException invalidName() {
        return new SecretsManagerException("ValidationException",
                "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!");
    }

    static SecretsManagerException invalidParameter(String message) {
        return new SecretsManagerException("InvalidParameterException", message);
    }

    static SecretsManagerException invalidNextToken() {
        return new SecretsManagerException("InvalidNextTokenException", "The NextToken value is invalid.");
    }

    /** AWS's wording for a request member that breaks its model's constraint. */
    static SecretsManagerException constraint(String value, String member, String constraint) {
        return new SecretsManagerException("ValidationException", "1 validation error detected: Value "
                + (value == null ? "null" : "'" + value + "'") + " at '" + member + "' failed to satisfy constraint: "
                + constraint);
    }

    /** {@link #constraint} for a sensitive member, whose value AWS leaves out of the message. */
    static SecretsManagerException sensitiveConstraint(String member, String constraint) {
        return new SecretsManagerException("ValidationException", "1 validation error detected: Value at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }
}
