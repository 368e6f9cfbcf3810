package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reader that sees an item change always finds the change's stream record, however many writers run at once. */
class StreamPublicationTest {

    private static final int WRITERS = 4;
    private static final int READERS = 2;
    private static final int WRITES = 300;

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void everyItemVersionAReaderSeesHasItsRecord() throws Exception {
        ddb.createStreamTable("counters", "NEW_IMAGE");
        String streamArn = ddb.call("DescribeTable", "{'TableName':'counters'}").at("/Table/LatestStreamArn").asText();
        DynamoDbService service = ddb.dynamoDb.service();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger checked = new AtomicInteger();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String id = "c" + writer;
                writers.add(pool.submit(() -> {
                    for (int version = 1; version <= WRITES; version++) {
                        ddb.call("PutItem", "{'TableName':'counters','Item':{'id':{'S':'" + id + "'},"
                                + "'version':{'N':'" + version + "'}}}");
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        for (int writer = 0; writer < WRITERS; writer++) {
                            Map<String, AttributeValue> key = Map.of("id", new AttributeValue.S("c" + writer));
                            Map<String, AttributeValue> item = service.getItem("counters", key, null, true).item();
                            if (item != null) {
                                assertTrue(hasRecordOf(service, streamArn, item), "no stream record of " + item);
                                checked.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(checked.get() > 0, "the readers saw items");
    }

    /** Records are searched from the newest, where the record of an item just seen is. */
    private static boolean hasRecordOf(DynamoDbService service, String streamArn, Map<String, AttributeValue> item) {
        return service.streamRecords(streamArn).descendingMap().values().stream()
                .anyMatch(record -> item.equals(record.newImage()));
    }
}
