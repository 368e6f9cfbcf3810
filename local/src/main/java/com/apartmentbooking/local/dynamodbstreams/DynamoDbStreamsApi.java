package com.apartmentbooking.local.dynamodbstreams;

import com.apartmentbooking.local.dynamodb.StreamActivity;
import com.apartmentbooking.local.dynamodb.StreamRecord;
import java.util.List;

/**
 * A table's stream as Lambda's event source mappings read it; a refusal is a
 * {@link com.apartmentbooking.local.dynamodb.DynamoDbException} with the code the wire would carry.
 */
public interface DynamoDbStreamsApi {

    /** Records of one read and the iterator that continues after them (null once the shard closed). */
    record RecordsPage(List<StreamRecord> records, String nextShardIterator) {
    }

    /** The stream's shard (a local table's stream has one). */
    String shardId(String streamArn);

    /** An iterator of {@code type} (TRIM_HORIZON, LATEST, AT_ or AFTER_SEQUENCE_NUMBER) into the shard. */
    String shardIterator(String streamArn, String shardId, String type, String sequenceNumber);

    /** At most {@code limit} records from the iterator. */
    RecordsPage records(String shardIterator, Integer limit);

    /**
     * Calls {@code onAppend} after records are appended to the stream (on the writer's thread: it must not
     * block), so a reader idle on an empty stream can read at once. Closing the registration stops it.
     */
    StreamActivity.Registration onAppend(String streamArn, Runnable onAppend);
}
