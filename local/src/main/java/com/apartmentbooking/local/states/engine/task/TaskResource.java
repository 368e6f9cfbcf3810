package com.apartmentbooking.local.states.engine.task;

/**
 * A Task state's Resource, read: a service integration {@code arn:aws:states:::service:action}
 * (with its pattern suffix), a Lambda function ARN (the legacy way of invoking a function), an
 * activity ARN, or something else.
 *
 * @param service the integration's service ({@code lambda}, {@code dynamodb}, ...); {@code lambda}
 *                for a function ARN; null otherwise
 * @param action  the API action ({@code invoke}, {@code putItem}, ...); null unless a service integration
 */
public record TaskResource(String arn, Kind kind, String service, String action, IntegrationPattern pattern) {
    private static final String SERVICE_PREFIX = "arn:aws:states:::";
    /**
     * AWS SDK integrations name the service after this ({@code aws-sdk:dynamodb:getItem}); their service is
     * {@code aws-sdk:dynamodb}, as the resourceType of their history events.
     */
    private static final String AWS_SDK = "aws-sdk";

    public enum Kind {
        SERVICE_INTEGRATION,
        LAMBDA_FUNCTION,
        ACTIVITY,
        UNKNOWN
    }

    public static TaskResource parse(String arn) {
        String[] parts = arn.split(":", -1);
        if (arn.startsWith(SERVICE_PREFIX) || isStatesServiceArn(parts)) {
            return serviceIntegration(arn, parts);
        }
        if (parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("lambda") && parts[5].equals("function")) {
            return new TaskResource(arn, Kind.LAMBDA_FUNCTION, "lambda", null, IntegrationPattern.REQUEST_RESPONSE);
        }
        if (parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("states") && parts[5].equals("activity")) {
            return new TaskResource(arn, Kind.ACTIVITY, null, null, IntegrationPattern.REQUEST_RESPONSE);
        }
        return new TaskResource(arn, Kind.UNKNOWN, null, null, IntegrationPattern.REQUEST_RESPONSE);
    }

    /** {@code arn:<partition>:states:<region?>:<account?>:service:action[suffix]}. */
    private static boolean isStatesServiceArn(String[] parts) {
        return parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("states")
                && !parts[5].equals("activity") && !parts[5].equals("stateMachine");
    }

    private static TaskResource serviceIntegration(String arn, String[] parts) {
        if (parts.length < 7) {
            return new TaskResource(arn, Kind.UNKNOWN, null, null, IntegrationPattern.REQUEST_RESPONSE);
        }
        if (parts[5].equals(AWS_SDK) && parts.length == 8) {
            return withPattern(arn, AWS_SDK + ":" + parts[6], parts[7]);
        }
        String service = parts[5];
        String action = parts[6];
        IntegrationPattern pattern = IntegrationPattern.REQUEST_RESPONSE;
        if (parts.length == 8 && action.endsWith(".sync") && parts[7].equals("2")) {
            pattern = IntegrationPattern.RUN_JOB_V2;
            action = action.substring(0, action.length() - ".sync".length());
        } else if (parts.length > 7) {
            return new TaskResource(arn, Kind.UNKNOWN, null, null, IntegrationPattern.REQUEST_RESPONSE);
        } else {
            return withPattern(arn, service, action);
        }
        return new TaskResource(arn, Kind.SERVICE_INTEGRATION, service, action, pattern);
    }

    /** A service integration whose action may end in {@code .waitForTaskToken} or {@code .sync}. */
    private static TaskResource withPattern(String arn, String service, String actionWithSuffix) {
        String action = actionWithSuffix;
        IntegrationPattern pattern = IntegrationPattern.REQUEST_RESPONSE;
        if (action.endsWith(IntegrationPattern.WAIT_FOR_TASK_TOKEN.suffix())) {
            pattern = IntegrationPattern.WAIT_FOR_TASK_TOKEN;
        } else if (action.endsWith(IntegrationPattern.RUN_JOB.suffix())) {
            pattern = IntegrationPattern.RUN_JOB;
        }
        action = action.substring(0, action.length() - pattern.suffix().length());
        return new TaskResource(arn, Kind.SERVICE_INTEGRATION, service, action, pattern);
    }

    /** The {@code resourceType} of Task* history events: the service ({@code lambda}). */
    public String resourceType() {
        return service;
    }

    /** The {@code resource} of Task* history events: the action with its suffix ({@code invoke.waitForTaskToken}). */
    public String resourceName() {
        return action == null ? arn : action + pattern.suffix();
    }
}
