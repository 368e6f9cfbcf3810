package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.server.CorsRules;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import java.time.Duration;
import java.util.List;

/**
 * DynamoDB assembled on one {@link Store}, {@link Clock} and {@link Scheduler}: store, service and protocol, ready
 * to be put on a {@link FrontDoor}. What falls due with time (expired TTL items, as DynamoDB's background deletion
 * removes them, stream records past their 24-hour retention, transaction tokens past their ten minutes) runs on
 * the scheduler when it falls due, so moving the runtime's clock applies it. So do the table changes DynamoDB
 * finishes in the background ({@link TableLifecycle}): CreateTable, UpdateTable and DeleteTable answer CREATING,
 * UPDATING or DELETING, and the table is ACTIVE or gone after the table status delay.
 */
public final class LocalDynamoDb implements AutoCloseable {

    public static final String DEFAULT_REGION = "us-east-1";
    /** DynamoDB keeps a preflight's answer for two days; a page may send the headers the SDKs sign. */
    private static final CorsRules CORS = new CorsRules("POST, GET, OPTIONS",
            "Content-Type, X-Amz-Target, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Authorization", 172_800);

    /**
     * How long a table stays CREATING, UPDATING or DELETING in the runtime: dynalite's delay, which test suites
     * written against DynamoDB pass with. Long enough that code using a table before it is ACTIVE fails here as on
     * AWS; short enough that a client polling DescribeTable sees ACTIVE within a second.
     */
    public static final Duration DEFAULT_TABLE_STATUS_DELAY = Duration.ofMillis(500);

    private final DynamoDbService service;
    private final DynamoDbProtocol protocol;
    private final TtlSweeper ttlSweeper;
    private final StreamRetention streamRetention;
    private final Housekeeping housekeeping;
    private final TableLifecycle lifecycle;

    private LocalDynamoDb(DynamoDbService service, TtlSweeper ttlSweeper, StreamRetention streamRetention,
                          Housekeeping housekeeping, TableLifecycle lifecycle) {
        this.service = service;
        this.protocol = new DynamoDbProtocol(service);
        this.ttlSweeper = ttlSweeper;
        this.streamRetention = streamRetention;
        this.housekeeping = housekeeping;
        this.lifecycle = lifecycle;
    }

    /**
     * Loads the DynamoDB state from {@code store} and runs what is already due, then the rest as it falls due; table
     * changes finish {@code tableStatusDelay} after they are asked for (zero: before the call answers).
     */
    public static LocalDynamoDb start(Store store, Clock clock, Scheduler scheduler, String region,
                                      Duration tableStatusDelay) {
        DynamoDbStore state = DynamoDbStore.open(store);
        TableArns arns = new TableArns(region, TableArns.LOCAL_ACCOUNT);
        TableLocks locks = new TableLocks();
        Housekeeping housekeeping = new Housekeeping(clock, scheduler);
        StreamActivity streamActivity = new StreamActivity();
        ItemWrites writes = new ItemWrites(state, new StreamRecordFactory(state, clock, region, arns), housekeeping,
                streamActivity);
        TransactionTokens tokens = new TransactionTokens(state, clock);
        TtlSweeper ttlSweeper = new TtlSweeper(state, locks, writes, clock);
        StreamRetention streamRetention = new StreamRetention(state, clock);
        TableLifecycle lifecycle = new TableLifecycle(state, locks, clock, scheduler, tableStatusDelay, arns,
                housekeeping);
        DynamoDbService service = new DynamoDbService(state, clock, arns, locks, writes, tokens, housekeeping,
                streamActivity, lifecycle);
        housekeeping.start(List.of(ttlSweeper, streamRetention, tokens));
        lifecycle.resume();
        return new LocalDynamoDb(service, ttlSweeper, streamRetention, housekeeping, lifecycle);
    }

    /** DynamoDB whose table changes finish before the call answers: for callers that use a table at once. */
    public static LocalDynamoDb start(Store store, Clock clock, Scheduler scheduler, String region) {
        return start(store, clock, scheduler, region, Duration.ZERO);
    }

    /** As {@link #start(Store, Clock, Scheduler, String)}, in {@link #DEFAULT_REGION}. */
    public static LocalDynamoDb start(Store store, Clock clock, Scheduler scheduler) {
        return start(store, clock, scheduler, DEFAULT_REGION);
    }

    /**
     * Adds the DynamoDB protocol to a front door being built, with what DynamoDB's endpoint answers besides its
     * operations: its health line to {@code GET /} and CORS for web pages (of the origins the front door allows).
     */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol)
                .rootHealthLine("healthy: dynamodb." + service.arns().region() + ".amazonaws.com ")
                .cors("/", CORS);
    }

    public DynamoDbService service() {
        return service;
    }

    public DynamoDbProtocol protocol() {
        return protocol;
    }

    /** DynamoDB as other services of the runtime call it. */
    public DynamoDbApi api() {
        return protocol;
    }

    /** The sweeper, for tests and operators that want expiry applied at once, without moving the clock. */
    public TtlSweeper ttlSweeper() {
        return ttlSweeper;
    }

    public StreamRetention streamRetention() {
        return streamRetention;
    }

    /**
     * Finishes the table's change under way now, as its delay running out would: for the template's tables, which a
     * deployed stack has ACTIVE before anyone uses it. Nothing when the table is ACTIVE or does not exist.
     */
    public void finishTableChange(String tableName) {
        lifecycle.finish(tableName);
    }

    /** Stops the timed work; the store stays open (its owner closes it), and the next start takes the work up. */
    @Override
    public void close() {
        lifecycle.close();
        housekeeping.close();
    }
}
