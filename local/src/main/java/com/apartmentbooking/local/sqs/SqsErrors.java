package com.apartmentbooking.local.sqs;

import java.util.Locale;

/** The errors SQS answers with, under the codes its JSON protocol gives them (the SDK maps them to its exception types). */
final class SqsErrors {

    private SqsErrors() {
    }

    static SqsException queueDoesNotExist() {
        return new SqsException(400, "QueueDoesNotExist", "The specified queue does not exist.");
    }

    static SqsException queueNameExists(String name) {
        return new SqsException(400, "QueueNameExists",
                "A queue already exists with the same name and a different value for attribute(s) " + name);
    }

    static SqsException invalidAttributeName(String name) {
        return new SqsException(400, "InvalidAttributeName", "Unknown Attribute " + name + ".");
    }

    static SqsException invalidAttributeValue(String message) {
        return new SqsException(400, "InvalidAttributeValue", message);
    }

    static SqsException invalidParameterValue(String message) {
        return new SqsException(400, "InvalidParameterValue", message);
    }

    static SqsException missingParameter(String name) {
        return new SqsException(400, "MissingParameter",
                "The request must contain the parameter " + name + ".");
    }

    static SqsException invalidMessageContents(int codePoint, String where) {
        return new SqsException(400, "InvalidMessageContents", "Invalid binary character '#x"
                + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + "' was found in the " + where
                + ", the set of allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].");
    }

    static SqsException receiptHandleIsInvalid(String handle) {
        return new SqsException(400, "ReceiptHandleIsInvalid",
                "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
    }
}
