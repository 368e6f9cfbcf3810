package com.apartmentbooking.local.dynamodbstreams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.dynamodb.DynamoDbFixture;
import com.apartmentbooking.local.dynamodb.StreamActivity;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stream's readers hear of each commit that appended records to it, and of nothing else. */
class StreamAppendSignalTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void aReaderHearsOfEachCommitWithRecordsUntilItsRegistrationCloses() {
        ddb.createStreamTable("users", "NEW_AND_OLD_IMAGES");
        ddb.createStreamTable("others", "NEW_AND_OLD_IMAGES");
        String streamArn = ddb.call("DescribeTable", "{'TableName':'users'}").at("/Table/LatestStreamArn").asText();
        AtomicInteger signals = new AtomicInteger();
        StreamActivity.Registration registration = ddb.dynamoDbStreams.api().onAppend(streamArn,
                signals::incrementAndGet);

        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'Fred'}}}");
        assertEquals(1, signals.get());
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'Fred'}}}");
        assertEquals(1, signals.get(), "an unchanged item appends no record");
        ddb.call("PutItem", "{'TableName':'others','Item':{'id':{'S':'Fred'}}}");
        assertEquals(1, signals.get(), "another table's stream");
        ddb.call("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'users','Item':{'id':{'S':'A'}}}},"
                + "{'Put':{'TableName':'users','Item':{'id':{'S':'B'}}}}]}");
        assertEquals(2, signals.get(), "one commit of two records");

        registration.close();
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'Wilma'}}}");
        assertEquals(2, signals.get(), "closed");
    }
}
