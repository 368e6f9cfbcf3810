package com.apartmentbooking.local.template;

import java.util.List;
import java.util.Map;

/**
 * An AWS::DynamoDB::Table.
 *
 * @param attributeTypes AttributeDefinitions: attribute name to S, N or B
 * @param streamViewType StreamSpecification.StreamViewType, or null when the table has no stream
 * @param streamArn the stream's ARN, or null when the table has no stream
 * @param timeToLiveAttribute the enabled TimeToLiveSpecification's attribute, or null
 */
public record TableSpec(String logicalId, String tableName, String arn, String billingMode,
        Map<String, String> attributeTypes, String hashKey, String rangeKey, List<Index> globalSecondaryIndexes,
        List<Index> localSecondaryIndexes, String streamViewType, String streamArn, String timeToLiveAttribute) {

    /** A secondary index; rangeKey is null for a hash-only index, nonKeyAttributes empty unless INCLUDE. */
    public record Index(String name, String hashKey, String rangeKey, String projectionType,
            List<String> nonKeyAttributes) {

        public Index {
            nonKeyAttributes = List.copyOf(nonKeyAttributes);
        }
    }

    public TableSpec {
        attributeTypes = Values.orderedCopy(attributeTypes);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
    }
}
