package com.apartmentbooking.local.dynamodbstreams;

import com.apartmentbooking.local.dynamodb.DeletedStream;
import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.dynamodb.StreamActivity;
import com.apartmentbooking.local.dynamodb.StreamRecord;
import com.apartmentbooking.local.dynamodb.TableDefinition;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;

/**
 * DynamoDB Streams' behaviour. The records are written by the DynamoDB service together with the item changes
 * (so none is lost or seen early); this service reads them through {@link DynamoDbService}'s stream methods
 * rather than keeping a store of its own. Each stream has one shard that stays open while the stream is enabled;
 * a deleted table's stream is disabled, and readable until retention drops it 24 hours after the deletion.
 */
public final class DynamoDbStreamsService implements DynamoDbStreamsApi {

    /** AWS expires shard iterators 15 minutes after they are issued. */
    static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);
    static final int MAX_RECORDS = 1000;

    private final DynamoDbService dynamoDb;

    public DynamoDbStreamsService(DynamoDbService dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** The region of the tables and so of their streams. */
    public String region() {
        return dynamoDb.arns().region();
    }

    /** A stream as ListStreams and DescribeStream report it. */
    public record StreamInfo(String streamArn, TableDefinition table) {
    }

    /**
     * Streams in table-name order, then by ARN (a deleted table's stream before that of a newer table of the same
     * name), optionally of one table, after {@code exclusiveStartStreamArn}. The streams of deleted tables are
     * listed while they are kept, as on AWS.
     */
    public List<StreamInfo> listStreams(String tableName, String exclusiveStartStreamArn, int limit) {
        if (limit < 1 || limit > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 100"));
        }
        List<StreamInfo> all = new ArrayList<>();
        for (TableDefinition table : dynamoDb.tables()) {
            if (table.stream() != null) {
                all.add(new StreamInfo(table.stream().arn(dynamoDb.arns().table(table.name())), table));
            }
        }
        for (DeletedStream deleted : dynamoDb.deletedStreams()) {
            all.add(new StreamInfo(deleted.streamArn(), deleted.table()));
        }
        all.sort(Comparator.comparing((StreamInfo stream) -> stream.table().name())
                .thenComparing(StreamInfo::streamArn));
        List<StreamInfo> streams = new ArrayList<>();
        boolean started = exclusiveStartStreamArn == null;
        for (StreamInfo stream : all) {
            if (tableName != null && !tableName.equals(stream.table().name())) {
                continue;
            }
            if (!started) {
                started = stream.streamArn().equals(exclusiveStartStreamArn);
                continue;
            }
            streams.add(stream);
        }
        return streams.subList(0, Math.min(limit, streams.size()));
    }

    public StreamInfo describeStream(String streamArn) {
        return new StreamInfo(streamArn, requireStream(streamArn));
    }

    /** The last sequence number of the stream's shard once the stream is disabled, else null. */
    public BigInteger endingSequenceNumber(StreamInfo stream) {
        if (stream.table().stream().enabled()) {
            return null;
        }
        NavigableMap<BigInteger, StreamRecord> records = dynamoDb.streamRecords(stream.streamArn());
        return records.isEmpty() ? stream.table().stream().startingSequenceNumber() : records.lastKey();
    }

    @Override
    public String shardId(String streamArn) {
        return requireStream(streamArn).stream().shardId();
    }

    /**
     * @param type           TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER
     * @param sequenceNumber required by the two *_SEQUENCE_NUMBER types
     */
    @Override
    public String shardIterator(String streamArn, String shardId, String type, String sequenceNumber) {
        TableDefinition table = requireStream(streamArn);
        if (!table.stream().shardId().equals(shardId)) {
            throw DynamoDbException.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        BigInteger next = switch (type) {
            case "TRIM_HORIZON" -> table.stream().startingSequenceNumber().add(BigInteger.ONE);
            case "LATEST" -> dynamoDb.currentSequenceNumber().add(BigInteger.ONE);
            case "AT_SEQUENCE_NUMBER" -> sequenceNumber(type, sequenceNumber);
            case "AFTER_SEQUENCE_NUMBER" -> sequenceNumber(type, sequenceNumber).add(BigInteger.ONE);
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + type + "' at "
                    + "'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]");
        };
        return new ShardIterator(streamArn, shardId, next, dynamoDb.clock().now()).encode();
    }

    @Override
    public RecordsPage records(String shardIterator, Integer limit) {
        int max = limit == null ? MAX_RECORDS : limit;
        if (max < 1 || max > MAX_RECORDS) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + max + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value " + (max < 1 ? "greater than or equal to 1"
                    : "less than or equal to 1000"));
        }
        ShardIterator iterator = ShardIterator.decode(shardIterator);
        Instant now = dynamoDb.clock().now();
        if (iterator.issued().plus(ITERATOR_LIFETIME).isBefore(now)) {
            throw new DynamoDbException("ExpiredIteratorException", "Iterator expired", 400);
        }
        TableDefinition table = requireStream(iterator.streamArn());
        List<StreamRecord> records = new ArrayList<>();
        BigInteger next = iterator.nextSequenceNumber();
        for (StreamRecord record : dynamoDb.streamRecords(iterator.streamArn())
                .tailMap(iterator.nextSequenceNumber(), true).values()) {
            if (records.size() == max) {
                break;
            }
            records.add(record);
            next = record.sequenceNumber().add(BigInteger.ONE);
        }
        // A disabled stream's shard is closed: once its records are read there is no next iterator.
        boolean closed = !table.stream().enabled() && records.isEmpty();
        return new RecordsPage(records, closed ? null
                : new ShardIterator(iterator.streamArn(), iterator.shardId(), next, now).encode());
    }

    private static BigInteger sequenceNumber(String type, String sequenceNumber) {
        if (sequenceNumber == null) {
            throw DynamoDbException.validation("Must specify a sequence number for shard iterator type " + type);
        }
        try {
            return new BigInteger(sequenceNumber);
        } catch (NumberFormatException e) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + sequenceNumber + "' at "
                    + "'sequenceNumber' failed to satisfy constraint: Member must satisfy regular expression "
                    + "pattern: [0-9]+");
        }
    }

    private TableDefinition requireStream(String streamArn) {
        return dynamoDb.tableOfStream(streamArn).orElseThrow(() -> DynamoDbException.resourceNotFound(
                "Requested resource not found: Stream: " + streamArn + " not found"));
    }

    @Override
    public StreamActivity.Registration onAppend(String streamArn, Runnable onAppend) {
        return dynamoDb.streamActivity().register(streamArn, onAppend);
    }
}
