package com.apartmentbooking.local.dynamodb.shape;

import static com.apartmentbooking.local.dynamodb.shape.Constraint.atLeast;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.atMost;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.matches;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.maxLength;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.minLength;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.oneOf;
import static com.apartmentbooking.local.dynamodb.shape.Shape.integer;
import static com.apartmentbooking.local.dynamodb.shape.Shape.member;
import static com.apartmentbooking.local.dynamodb.shape.Shape.string;
import static com.apartmentbooking.local.dynamodb.shape.Shape.structure;

import java.util.List;
import java.util.Map;

/**
 * The request shapes of DynamoDB Streams' operations, which AWS's framework checks as it does DynamoDB's: types,
 * then the lengths, ranges and enum values of the published API reference. Presence of the required members is
 * left to the operations, which word it themselves.
 */
public final class DynamoDbStreamsShapes {

    private static final Shape STREAM_ARN = string(minLength(37), maxLength(1024));
    private static final Shape SHARD_ID = string(minLength(28), maxLength(65));

    private static final Map<String, Shape> OPERATIONS = Map.of(
            "ListStreams", structure("ListStreamsInput", List.of(
                    member("Limit", integer(atLeast(1), atMost(100))),
                    member("ExclusiveStartStreamArn", STREAM_ARN),
                    member("TableName", string(matches("[a-zA-Z0-9_.-]+"), minLength(3), maxLength(255))))),
            "DescribeStream", structure("DescribeStreamInput", List.of(
                    member("StreamArn", STREAM_ARN),
                    member("Limit", integer(atLeast(1), atMost(100))),
                    member("ExclusiveStartShardId", SHARD_ID))),
            "GetShardIterator", structure("GetShardIteratorInput", List.of(
                    member("ShardId", SHARD_ID),
                    member("ShardIteratorType", string(oneOf("AFTER_SEQUENCE_NUMBER", "LATEST", "AT_SEQUENCE_NUMBER",
                            "TRIM_HORIZON"))),
                    member("StreamArn", STREAM_ARN),
                    member("SequenceNumber", string(matches("[0-9]+"), minLength(21), maxLength(40))))),
            "GetRecords", structure("GetRecordsInput", List.of(
                    member("ShardIterator", string(minLength(1), maxLength(2048))),
                    member("Limit", integer(atLeast(1), atMost(1000))))));

    private DynamoDbStreamsShapes() {
    }

    /** The request shape of an operation, or null for an operation DynamoDB Streams does not have. */
    public static Shape request(String operation) {
        return OPERATIONS.get(operation);
    }
}
