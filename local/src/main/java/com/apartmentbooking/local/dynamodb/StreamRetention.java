package com.apartmentbooking.local.dynamodb;

import java.time.Duration;

/**
 * Drops stream records older than 24 hours, DynamoDB Streams' retention, and the streams of tables deleted more
 * than 24 hours ago, so a long-running runtime's streams (and its data directory) do not grow without bound. Time
 * comes from the service's clock.
 */
public final class StreamRetention {

    static final Duration RETENTION = Duration.ofHours(24);

    private final DynamoDbService service;

    public StreamRetention(DynamoDbService service) {
        this.service = service;
    }

    /** Removes every record and deleted table's stream past retention now; returns how many records were removed. */
    public int trim() {
        return service.store().trimStreamRecords(service.clock().instant().minus(RETENTION));
    }
}
