package com.apartmentbooking.local.dynamodbstreams;

import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.server.FrontDoor;

/**
 * DynamoDB Streams assembled on DynamoDB, whose service writes the records: service and protocol, ready to be put
 * on a {@link FrontDoor}. Streams depend on DynamoDB, never the reverse.
 */
public final class LocalDynamoDbStreams {

    private final DynamoDbStreamsService service;
    private final DynamoDbStreamsProtocol protocol;

    public LocalDynamoDbStreams(DynamoDbService dynamoDb) {
        this.service = new DynamoDbStreamsService(dynamoDb);
        this.protocol = new DynamoDbStreamsProtocol(service);
    }

    /** Adds the DynamoDB Streams protocol to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol);
    }

    /** The streams' behaviour, for in-process readers such as Lambda's event source mappings. */
    public DynamoDbStreamsService service() {
        return service;
    }

    public DynamoDbStreamsProtocol protocol() {
        return protocol;
    }

    /** The streams as other services of the runtime read them (Lambda's event source mappings). */
    public DynamoDbStreamsApi api() {
        return service;
    }
}
