package com.apartmentbooking.local.template;

import java.util.Map;

/**
 * A resource kept as written (intrinsics in CloudFormation's long form, unresolved): the ignored IAM, log and
 * policy resources.
 */
public record RecordedResource(String logicalId, String type, Map<String, Object> properties) {

    @SuppressWarnings("unchecked")
    public RecordedResource {
        properties = (Map<String, Object>) Values.deepCopy(properties);
    }
}
