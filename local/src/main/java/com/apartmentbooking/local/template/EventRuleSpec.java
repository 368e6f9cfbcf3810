package com.apartmentbooking.local.template;

/**
 * An EventBridge rule with one target, as SAM generates it from a state machine's EventBridgeRule event
 * ({@code <StateMachine><EventId>}). Values the template leaves out are null (EventBridge's defaults apply).
 *
 * @param pattern the event pattern as JSON text, ready for the pattern matcher
 * @param deadLetterArn DeadLetterConfig.Arn (a queue), or null
 */
public record EventRuleSpec(String logicalId, String eventId, String name, String arn, String eventBusName,
        String pattern, String state, String targetArn, String targetId, String input, String inputPath,
        Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds, String deadLetterArn) {
}
