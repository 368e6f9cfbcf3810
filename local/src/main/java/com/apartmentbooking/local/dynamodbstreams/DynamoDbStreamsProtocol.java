package com.apartmentbooking.local.dynamodbstreams;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbProtocol;
import com.apartmentbooking.local.dynamodb.StreamRecord;
import com.apartmentbooking.local.dynamodb.TableDefinition;
import com.apartmentbooking.local.dynamodb.shape.ConstraintChecker;
import com.apartmentbooking.local.dynamodb.shape.DynamoDbStreamsShapes;
import com.apartmentbooking.local.dynamodb.shape.Shape;
import com.apartmentbooking.local.dynamodb.shape.TypeChecker;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi.RecordsPage;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsService.StreamInfo;
import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.server.SigningScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * DynamoDB Streams' wire adapter (AWS JSON 1.0, target prefix {@code DynamoDBStreams_20120810}; errors use
 * DynamoDB's type prefix, as AWS's do). Records are written in the shape recorded from AWS
 * (stream-records.json); TTL deletions add the {@code userIdentity} AWS gives them.
 */
public final class DynamoDbStreamsProtocol implements AwsJsonService {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DynamoDbStreamsService service;

    public DynamoDbStreamsProtocol(DynamoDbStreamsService service) {
        this.service = service;
    }

    @Override
    public String targetPrefix() {
        return "DynamoDBStreams_20120810";
    }

    @Override
    public String errorTypePrefix() {
        return "com.amazonaws.dynamodb.v20120810#";
    }

    @Override
    public long maxRequestBytes() {
        return 1024 * 1024;
    }

    /** Streams are signed as DynamoDB's own requests are: the SDK's signing name for both is {@code dynamodb}. */
    @Override
    public Optional<SigningScope> signingScope() {
        return Optional.of(new SigningScope("dynamodb", service.region()));
    }

    @Override
    public boolean serves(String operation) {
        return DynamoDbStreamsShapes.request(operation) != null;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        Shape shape = DynamoDbStreamsShapes.request(operation);
        if (shape == null) {
            throw AwsServiceException.unknownOperation();
        }
        try {
            // As DynamoDB's: the request's shape before anything else.
            TypeChecker.check(request, shape);
            ConstraintChecker.check(request, shape);
            return switch (operation) {
                case "ListStreams" -> listStreams(request);
                case "DescribeStream" -> describeStream(request);
                case "GetShardIterator" -> getShardIterator(request);
                case "GetRecords" -> getRecords(request);
                default -> throw new IllegalStateException("An operation with a shape and no handler: " + operation);
            };
        } catch (DynamoDbException e) {
            throw DynamoDbProtocol.toAws(e);
        }
    }

    private JsonNode listStreams(JsonNode request) {
        Integer limit = integer(request, "Limit");
        int max = limit == null ? 100 : limit;
        List<StreamInfo> streams = service.listStreams(text(request, "TableName"),
                text(request, "ExclusiveStartStreamArn"), max);
        ObjectNode response = JSON.objectNode();
        ArrayNode array = response.putArray("Streams");
        for (StreamInfo stream : streams) {
            array.addObject().put("StreamArn", stream.streamArn()).put("TableName", stream.table().name())
                    .put("StreamLabel", stream.table().stream().label());
        }
        if (streams.size() == max) {
            StreamInfo last = streams.get(streams.size() - 1);
            if (!service.listStreams(text(request, "TableName"), last.streamArn(), 1).isEmpty()) {
                response.put("LastEvaluatedStreamArn", last.streamArn());
            }
        }
        return response;
    }

    private JsonNode describeStream(JsonNode request) {
        StreamInfo stream = service.describeStream(required(request, "StreamArn"));
        TableDefinition table = stream.table();
        ObjectNode description = JSON.objectNode();
        description.put("StreamArn", stream.streamArn());
        description.put("StreamLabel", table.stream().label());
        description.put("StreamStatus", table.stream().enabled() ? "ENABLED" : "DISABLED");
        description.put("StreamViewType", table.stream().viewType());
        description.put("CreationRequestDateTime", epochSeconds(table.stream().label()));
        description.put("TableName", table.name());
        ArrayNode keySchema = description.putArray("KeySchema");
        keySchema.addObject().put("AttributeName", table.keySchema().hashKey()).put("KeyType", "HASH");
        if (table.keySchema().rangeKey() != null) {
            keySchema.addObject().put("AttributeName", table.keySchema().rangeKey()).put("KeyType", "RANGE");
        }
        ObjectNode shard = description.putArray("Shards").addObject();
        shard.put("ShardId", table.stream().shardId());
        ObjectNode range = shard.putObject("SequenceNumberRange")
                .put("StartingSequenceNumber", table.stream().startingSequenceNumber().toString());
        BigInteger ending = service.endingSequenceNumber(stream);
        if (ending != null) {
            range.put("EndingSequenceNumber", ending.toString());
        }
        return JSON.objectNode().set("StreamDescription", description);
    }

    private JsonNode getShardIterator(JsonNode request) {
        String iterator = service.shardIterator(required(request, "StreamArn"), required(request, "ShardId"),
                required(request, "ShardIteratorType"), text(request, "SequenceNumber"));
        return JSON.objectNode().put("ShardIterator", iterator);
    }

    private JsonNode getRecords(JsonNode request) {
        RecordsPage page = service.records(required(request, "ShardIterator"), integer(request, "Limit"));
        ObjectNode response = JSON.objectNode();
        ArrayNode records = response.putArray("Records");
        page.records().forEach(record -> records.add(record(record)));
        if (page.nextShardIterator() != null) {
            response.put("NextShardIterator", page.nextShardIterator());
        }
        return response;
    }

    /**
     * A record as GetRecords returns it. Lambda's stream event source mappings hand functions these same records,
     * so they are built in this one place.
     */
    public static ObjectNode record(StreamRecord record) {
        ObjectNode node = JSON.objectNode();
        node.put("awsRegion", record.region());
        ObjectNode dynamodb = node.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", record.created().getEpochSecond());
        dynamodb.set("Keys", AttributeValues.itemToJson(record.keys()));
        if (record.newImage() != null) {
            dynamodb.set("NewImage", AttributeValues.itemToJson(record.newImage()));
        }
        if (record.oldImage() != null) {
            dynamodb.set("OldImage", AttributeValues.itemToJson(record.oldImage()));
        }
        dynamodb.put("SequenceNumber", record.sequenceNumber().toString());
        dynamodb.put("SizeBytes", record.sizeBytes());
        dynamodb.put("StreamViewType", record.viewType());
        node.put("eventID", record.eventId());
        node.put("eventName", record.eventName());
        node.put("eventSource", "aws:dynamodb");
        node.put("eventVersion", "1.1");
        if (record.ttlDelete()) {
            // The Streams API's Identity shape has capitalised members (what the SDK reads); Lambda events spell
            // the same values "type"/"principalId", a translation for whoever delivers records to functions.
            node.putObject("userIdentity").put("PrincipalId", "dynamodb.amazonaws.com").put("Type", "Service");
        }
        return node;
    }

    /** The stream label is its creation time in UTC, which DescribeStream reports as epoch seconds. */
    private static BigDecimal epochSeconds(String label) {
        long millis = LocalDateTime.parse(label).toInstant(ZoneOffset.UTC).toEpochMilli();
        return BigDecimal.valueOf(millis).movePointLeft(3);
    }

    private static String text(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** An Integer member, or null; the shape check has refused other types and whole parts beyond 32 bits. */
    private static Integer integer(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : (int) Math.floor(node.asDouble());
    }

    private static String required(JsonNode request, String member) {
        String value = text(request, member);
        if (value == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '"
                    + Character.toLowerCase(member.charAt(0)) + member.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }
}
