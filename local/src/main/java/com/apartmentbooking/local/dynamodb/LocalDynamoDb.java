package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsProtocol;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsService;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB and DynamoDB Streams assembled on one {@link Store} and {@link Clock}: store, service and protocol of
 * each, ready to be put on a {@link FrontDoor}. Once a second (of real time; what counts as expired follows the
 * given clock) it runs the TTL sweeper, as DynamoDB's background deletion does, and trims stream records past
 * their 24-hour retention.
 */
public final class LocalDynamoDb implements AutoCloseable {

    public static final String DEFAULT_REGION = "us-east-1";
    private static final System.Logger LOG = System.getLogger(LocalDynamoDb.class.getName());

    private final DynamoDbService service;
    private final DynamoDbProtocol protocol;
    private final DynamoDbStreamsService streamsService;
    private final DynamoDbStreamsProtocol streamsProtocol;
    private final TtlSweeper ttlSweeper;
    private final StreamRetention streamRetention;
    private final ScheduledExecutorService sweeps;

    private LocalDynamoDb(Store store, Clock clock, String region) {
        this.service = new DynamoDbService(DynamoDbStore.open(store), clock, region);
        this.protocol = new DynamoDbProtocol(service);
        this.streamsService = new DynamoDbStreamsService(service);
        this.streamsProtocol = new DynamoDbStreamsProtocol(streamsService);
        this.ttlSweeper = new TtlSweeper(service);
        this.streamRetention = new StreamRetention(service);
        this.sweeps = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dynamodb-ttl");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Loads the DynamoDB state from {@code store} and starts TTL sweeps. */
    public static LocalDynamoDb start(Store store, Clock clock, String region) {
        LocalDynamoDb dynamoDb = new LocalDynamoDb(store, clock, region);
        dynamoDb.sweeps.scheduleWithFixedDelay(dynamoDb::sweepQuietly, 1, 1, TimeUnit.SECONDS);
        return dynamoDb;
    }

    public static LocalDynamoDb start(Store store, Clock clock) {
        return start(store, clock, DEFAULT_REGION);
    }

    /** A scheduled task that throws is never run again, so a failed sweep is logged and the next one still runs. */
    private void sweepQuietly() {
        try {
            ttlSweeper.sweep();
            streamRetention.trim();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "TTL sweep or stream trim failed", e);
        }
    }

    /** Adds the DynamoDB and DynamoDB Streams protocols to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol).service(streamsProtocol);
    }

    public DynamoDbService service() {
        return service;
    }

    public DynamoDbProtocol protocol() {
        return protocol;
    }

    /** The streams' behaviour, for in-process readers such as Lambda's event source mappings. */
    public DynamoDbStreamsService streamsService() {
        return streamsService;
    }

    public DynamoDbStreamsProtocol streamsProtocol() {
        return streamsProtocol;
    }

    /** The sweeper, for tests and operators that advance the clock and want expiry applied at once. */
    public TtlSweeper ttlSweeper() {
        return ttlSweeper;
    }

    public StreamRetention streamRetention() {
        return streamRetention;
    }

    /** Stops the TTL sweeps; the store stays open (its owner closes it). */
    @Override
    public void close() {
        sweeps.shutdownNow();
    }
}
