package com.apartmentbooking.local.template;

/** An AWS::Events::EventBus. */
public record EventBusSpec(String logicalId, String name, String arn) {
}
