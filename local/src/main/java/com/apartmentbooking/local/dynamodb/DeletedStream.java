package com.apartmentbooking.local.dynamodb;

import java.time.Instant;

/**
 * The stream of a deleted table. AWS disables it and keeps it, with its records, readable for 24 hours after the
 * deletion, so the table's definition is kept with it: DescribeStream still reports the key schema and shard.
 *
 * @param table   the table as it was when deleted, its stream disabled
 * @param deleted when the table was deleted; {@link StreamRetention} drops the stream 24 hours later
 */
public record DeletedStream(String streamArn, TableDefinition table, Instant deleted) {
}
