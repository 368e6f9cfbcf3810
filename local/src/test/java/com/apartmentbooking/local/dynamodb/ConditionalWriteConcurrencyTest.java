package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.server.AwsServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional writes are atomic per item: of many threads updating from the same version, exactly one wins. */
class ConditionalWriteConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 50;

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void exactlyOneConditionalUpdateWinsEachRound() throws Exception {
        ddb.createTable("counters");
        ddb.call("PutItem", "{'TableName':'counters','Item':{'id':{'S':'c'},'version':{'N':'0'}}}");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                int expected = round;
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger wins = new AtomicInteger();
                List<Future<?>> attempts = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        try {
                            ddb.call("UpdateItem", "{'TableName':'counters','Key':{'id':{'S':'c'}},"
                                    + "'UpdateExpression':'SET version = :next','ConditionExpression':'version = :v',"
                                    + "'ExpressionAttributeValues':{':v':{'N':'" + expected + "'},':next':{'N':'"
                                    + (expected + 1) + "'}}}");
                            wins.incrementAndGet();
                        } catch (AwsServiceException e) {
                            assertEquals("ConditionalCheckFailedException", e.code());
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> attempt : attempts) {
                    attempt.get(10, TimeUnit.SECONDS);
                }
                assertEquals(1, wins.get(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(String.valueOf(ROUNDS), ddb.call("GetItem", "{'TableName':'counters','Key':{'id':{'S':'c'}}}")
                .at("/Item/version/N").asText());
    }
}
