package com.apartmentbooking.local.template;

/**
 * How the local runtime treats a resource type: the kinds it runs (AppSync's resources make up its APIs),
 * permissions and log settings that mean nothing on one machine, and everything else (a startup warning).
 */
enum ResourceKind {
    FUNCTION, STATE_MACHINE, TABLE, EVENT_BUS, QUEUE, SECRET, APPSYNC, IGNORED, UNKNOWN;

    static ResourceKind of(String type) {
        switch (type) {
            case "AWS::Serverless::Function":
                return FUNCTION;
            case "AWS::Serverless::StateMachine":
                return STATE_MACHINE;
            case "AWS::DynamoDB::Table":
                return TABLE;
            case "AWS::Events::EventBus":
                return EVENT_BUS;
            case "AWS::SQS::Queue":
                return QUEUE;
            case "AWS::SecretsManager::Secret":
                return SECRET;
            default:
                break;
        }
        if (type.startsWith("AWS::AppSync::")) {
            return APPSYNC;
        }
        // Access control and log retention have no local effect: one process, one operator, stdout logs.
        if (type.startsWith("AWS::IAM::") || type.startsWith("AWS::Logs::") || type.endsWith("Policy")) {
            return IGNORED;
        }
        return UNKNOWN;
    }

    /** The kinds the booking flow cannot run without: one of these that cannot be resolved fails the load. */
    boolean needed() {
        return this == FUNCTION || this == STATE_MACHINE || this == TABLE || this == EVENT_BUS;
    }
}
