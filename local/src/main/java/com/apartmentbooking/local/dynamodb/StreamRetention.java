package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Drops stream records older than 24 hours, DynamoDB Streams' retention, and the streams of tables deleted more
 * than 24 hours ago, so a long-running runtime's streams (and its data directory) do not grow without bound. Time
 * comes from the runtime's clock, and {@link Housekeeping} runs the trim when the oldest record's retention ends.
 */
public final class StreamRetention implements Housekeeping.DueWork {

    static final Duration RETENTION = Duration.ofHours(24);

    private final DynamoDbStore store;
    private final Clock clock;

    StreamRetention(DynamoDbStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Removes every record and deleted table's stream past retention now; returns how many records were removed. */
    public int trim() {
        return store.trimStreamRecords(clock.now().minus(RETENTION));
    }

    @Override
    public Optional<Instant> runDue() {
        trim();
        return store.oldestStreamChange().map(StreamRetention::endOf);
    }

    /** The first instant at which a record made at {@code made} is past retention. */
    static Instant endOf(Instant made) {
        return made.plus(RETENTION).plusNanos(1);
    }

    static Instant endOf(StreamRecord record) {
        return endOf(record.created());
    }
}
