package com.apartmentbooking.local.lambda;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the FunctionName of Lambda's API (a name, a partial or full ARN, each optionally with a qualifier) and
 * the Qualifier parameter into the function and version it names.
 */
final class FunctionNames {

    static final String LATEST = "$LATEST";
    /** The pattern of the FunctionName member in Lambda's API model. */
    private static final Pattern FUNCTION_NAME = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:)?"
            + "([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    private static final Pattern QUALIFIER = Pattern.compile("\\$LATEST|[a-zA-Z0-9-_]+");

    /** A function named by a request, and the qualifier it named (null for none). */
    record Name(String functionName, String qualifier) {
    }

    private FunctionNames() {
    }

    /**
     * @param qualifier the separate Qualifier parameter, or null
     * @throws LambdaException ValidationException for a malformed name,
     *     InvalidParameterValueException when both carry a qualifier and they differ
     */
    static Name parse(String functionName, String qualifier) {
        if (functionName == null || functionName.isEmpty() || functionName.length() > 170) {
            throw LambdaErrors.validation(functionName == null ? "null" : functionName, "functionName",
                    functionName == null ? "Member must not be null"
                            : "Member must have length " + (functionName.isEmpty() ? "greater than or equal to 1"
                            : "less than or equal to 170"));
        }
        Matcher matcher = FUNCTION_NAME.matcher(functionName);
        if (!matcher.matches()) {
            throw LambdaErrors.validation(functionName, "functionName",
                    "Member must satisfy regular expression pattern: " + FUNCTION_NAME.pattern());
        }
        if (qualifier != null && !QUALIFIER.matcher(qualifier).matches()) {
            throw LambdaErrors.validation(qualifier, "qualifier",
                    "Member must satisfy regular expression pattern: " + QUALIFIER.pattern());
        }
        String nameQualifier = matcher.group(9);
        if (nameQualifier != null && qualifier != null && !nameQualifier.equals(qualifier)) {
            throw LambdaErrors.invalidParameter("The derived qualifier from the function name does not match the "
                    + "specified qualifier.");
        }
        return new Name(matcher.group(7), nameQualifier != null ? nameQualifier : qualifier);
    }
}
