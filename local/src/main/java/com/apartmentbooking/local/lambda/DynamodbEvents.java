package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.dynamodb.StreamRecord;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsProtocol;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The event a DynamoDB stream event source mapping gives its function (Lambda's DynamodbEvent): the stream
 * records as DynamoDB Streams reports them, plus {@code eventSourceARN}, TTL deletions with Lambda's lower-case
 * {@code userIdentity}.
 */
final class DynamodbEvents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DynamodbEvents() {
    }

    static ObjectNode event(List<StreamRecord> records, String streamArn) {
        ObjectNode event = JSON.objectNode();
        var array = event.putArray("Records");
        records.forEach(record -> array.add(record(record, streamArn)));
        return event;
    }

    static ObjectNode record(StreamRecord record, String streamArn) {
        ObjectNode node = DynamoDbStreamsProtocol.record(record);
        if (record.ttlDelete()) {
            node.putObject("userIdentity").put("type", "Service").put("principalId", "dynamodb.amazonaws.com");
        }
        node.put("eventSourceARN", streamArn);
        return node;
    }
}
