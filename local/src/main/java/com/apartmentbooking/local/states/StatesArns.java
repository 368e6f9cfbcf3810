package com.apartmentbooking.local.states;

/**
 * Reads the ARNs the API takes: {@code arn:aws:states:<region>:<account>:stateMachine:<name>} and
 * {@code arn:aws:states:<region>:<account>:execution:<machine>:<name>}; anything else is an InvalidArn.
 */
final class StatesArns {
    private StatesArns() {
    }

    /** The machine's name. */
    static String stateMachineName(String arn) {
        String[] parts = parts(arn);
        if (!parts[5].equals("stateMachine") || parts.length != 7) {
            throw StatesErrors.invalidArn("Resource type not valid in this context: " + resourceType(parts));
        }
        return parts[6];
    }

    /** Checks an execution ARN's form; its machine's ARN is the same ARN with the machine's name at the end. */
    static void checkExecution(String arn) {
        String[] parts = parts(arn);
        if (!parts[5].equals("execution") || parts.length != 8) {
            throw StatesErrors.invalidArn("Resource type not valid in this context: " + resourceType(parts));
        }
    }

    private static String resourceType(String[] parts) {
        return parts[5];
    }

    private static String[] parts(String arn) {
        String[] parts = arn.split(":", -1);
        if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states")) {
            throw StatesErrors.invalidArn("Invalid ARN prefix: " + arn);
        }
        return parts;
    }
}
