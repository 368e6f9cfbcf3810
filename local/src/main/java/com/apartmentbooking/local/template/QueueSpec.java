package com.apartmentbooking.local.template;

import java.util.Map;

/**
 * An AWS::SQS::Queue.
 *
 * @param attributes the remaining properties (MessageRetentionPeriod, VisibilityTimeout, ...) resolved, as
 *     strings the way SQS's queue attributes are
 */
public record QueueSpec(String logicalId, String name, String url, String arn, Map<String, String> attributes) {

    public QueueSpec {
        attributes = Values.orderedCopy(attributes);
    }
}
