package com.apartmentbooking.local.events;

/** The errors EventBridge answers with; its JSON 1.1 protocol names them by their plain code. */
final class EventsErrors {

    private EventsErrors() {
    }

    static EventsException validation(String message) {
        return new EventsException(400, "ValidationException", message);
    }

    /** AWS's wording for a request member that breaks its model's constraint. */
    static EventsException constraint(String value, String member, String constraint) {
        return validation("1 validation error detected: Value " + (value == null ? "null" : "'" + value + "'")
                + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    /** {@link #constraint} for a list member, whose elements AWS prints and this runtime does not. */
    static EventsException listConstraint(String member, String constraint) {
        return validation("1 validation error detected: Value at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    static EventsException busNotFound(String bus) {
        return new EventsException(400, "ResourceNotFoundException", "Event bus " + bus + " does not exist.");
    }

    static EventsException busExists(String bus) {
        return new EventsException(400, "ResourceAlreadyExistsException", "Event bus " + bus + " already exists.");
    }

    static EventsException ruleNotFound(String rule, String bus) {
        return new EventsException(400, "ResourceNotFoundException",
                "Rule " + rule + " does not exist on EventBus " + bus + ".");
    }

    static EventsException limitExceeded(String message) {
        return new EventsException(400, "LimitExceededException", message);
    }

    static EventsException invalidEventPattern(String message) {
        return new EventsException(400, "InvalidEventPatternException", message);
    }
}
