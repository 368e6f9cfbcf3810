package com.apartmentbooking.local.template;

import java.util.List;

/**
 * An AWS::Serverless::StateMachine: its definition (read from DefinitionUri or given inline) with
 * DefinitionSubstitutions applied, and the EventBridge rules its events generate.
 */
public record StateMachineSpec(String logicalId, String name, String arn, String type, String definition,
        List<EventRuleSpec> rules) {

    public StateMachineSpec {
        rules = List.copyOf(rules);
    }
}
