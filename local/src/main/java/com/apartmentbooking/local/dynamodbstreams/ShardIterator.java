package com.apartmentbooking.local.dynamodbstreams;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in a shard, handed to clients as an opaque token: the stream, the shard, the first sequence number
 * the next GetRecords returns, and when the iterator was issued (iterators expire after 15 minutes, as on AWS).
 * The token carries its whole state, so the server keeps none per reader.
 */
record ShardIterator(String streamArn, String shardId, BigInteger nextSequenceNumber, Instant issued) {

    String encode() {
        String state = streamArn + "|" + shardId + "|" + nextSequenceNumber + "|" + issued.toEpochMilli();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(state.getBytes(StandardCharsets.UTF_8));
    }

    static ShardIterator decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                throw invalid();
            }
            return new ShardIterator(parts[0], parts[1], new BigInteger(parts[2]),
                    Instant.ofEpochMilli(Long.parseLong(parts[3])));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DynamoDbException invalid() {
        return DynamoDbException.validation("Invalid ShardIterator");
    }
}
