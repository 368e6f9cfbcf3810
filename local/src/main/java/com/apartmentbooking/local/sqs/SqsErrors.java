package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.server.AwsServiceException;

/** The errors SQS answers with, under the codes its JSON protocol gives them (the SDK maps them to its exception types). */
final class SqsErrors {

    private SqsErrors() {
    }

    static AwsServiceException queueDoesNotExist() {
        return new AwsServiceException(400, "QueueDoesNotExist", "The specified queue does not exist.");
    }

    static AwsServiceException queueNameExists(String name) {
        return new AwsServiceException(400, "QueueNameExists",
                "A queue already exists with the same name and a different value for attribute(s) " + name);
    }

    static AwsServiceException invalidAttributeName(String name) {
        return new AwsServiceException(400, "InvalidAttributeName", "Unknown Attribute " + name + ".");
    }

    static AwsServiceException invalidAttributeValue(String message) {
        return new AwsServiceException(400, "InvalidAttributeValue", message);
    }

    static AwsServiceException invalidParameterValue(String message) {
        return new AwsServiceException(400, "InvalidParameterValue", message);
    }

    static AwsServiceException missingParameter(String name) {
        return new AwsServiceException(400, "MissingParameter",
                "The request must contain the parameter " + name + ".");
    }

    static AwsServiceException receiptHandleIsInvalid(String handle) {
        return new AwsServiceException(400, "ReceiptHandleIsInvalid",
                "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
    }
}
