package com.apartmentbooking.local.lambda;

/** The LastProcessingResult texts of a stream event source mapping, as Lambda's API shows them. */
final class ProcessingResults {

    static final String NONE = "No records processed";
    static final String OK = "OK";
    static final String FUNCTION_CALL_FAILED = "PROBLEM: Function call failed";

    private ProcessingResults() {
    }

    /** The result while the mapping's stream cannot be found (its table was deleted, or its stream disabled). */
    static String streamNotFound(String streamArn) {
        return "PROBLEM: Stream not found: " + streamArn;
    }
}
