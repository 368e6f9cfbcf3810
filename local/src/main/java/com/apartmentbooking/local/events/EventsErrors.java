package com.apartmentbooking.local.events;

import com.apartmentbooking.local.server.AwsServiceException;

/** The errors EventBridge answers with; its JSON 1.1 protocol names them by their plain code. */
final class EventsErrors {

    private EventsErrors() {
    }

    static AwsServiceException validation(String message) {
        return new AwsServiceException(400, "ValidationException", message);
    }

    /** AWS's wording for a request member that breaks its model's constraint. */
    static AwsServiceException constraint(String value, String member, String constraint) {
        return validation("1 validation error detected: Value " + (value == null ? "null" : "'" + value + "'")
                + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    /** {@link #constraint} for a list member, whose elements AWS prints and this runtime does not. */
    static AwsServiceException listConstraint(String member, String constraint) {
        return validation("1 validation error detected: Value at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    static AwsServiceException busNotFound(String bus) {
        return new AwsServiceException(400, "ResourceNotFoundException", "Event bus " + bus + " does not exist.");
    }

    static AwsServiceException busExists(String bus) {
        return new AwsServiceException(400, "ResourceAlreadyExistsException", "Event bus " + bus + " already exists.");
    }

    static AwsServiceException ruleNotFound(String rule, String bus) {
        return new AwsServiceException(400, "ResourceNotFoundException",
                "Rule " + rule + " does not exist on EventBus " + bus + ".");
    }

    static AwsServiceException limitExceeded(String message) {
        return new AwsServiceException(400, "LimitExceededException", message);
    }

    static AwsServiceException invalidEventPattern(String message) {
        return new AwsServiceException(400, "InvalidEventPatternException", message);
    }
}
