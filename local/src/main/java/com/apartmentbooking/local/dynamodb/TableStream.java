package com.apartmentbooking.local.dynamodb;

import java.math.BigInteger;

/**
 * The stream of a table: its label (the creation time, which AWS uses in the stream ARN), view type and its one
 * shard. A disabled stream keeps its label and records readable, as on AWS, and still does for 24 hours after the
 * table is deleted ({@link DeletedStream}).
 *
 * @param startingSequenceNumber below every record of the stream, as the shard's StartingSequenceNumber is
 */
public record TableStream(String label, String viewType, boolean enabled, String shardId,
                          BigInteger startingSequenceNumber) {

    public String arn(String tableArn) {
        return tableArn + "/stream/" + label;
    }

    public TableStream disabled() {
        return new TableStream(label, viewType, false, shardId, startingSequenceNumber);
    }
}
