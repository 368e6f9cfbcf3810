package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.WireRequests.bool;
import static com.apartmentbooking.local.dynamodb.WireRequests.integer;
import static com.apartmentbooking.local.dynamodb.WireRequests.item;
import static com.apartmentbooking.local.dynamodb.WireRequests.list;
import static com.apartmentbooking.local.dynamodb.WireRequests.longValue;
import static com.apartmentbooking.local.dynamodb.WireRequests.optionalList;
import static com.apartmentbooking.local.dynamodb.WireRequests.required;
import static com.apartmentbooking.local.dynamodb.WireRequests.requiredItem;
import static com.apartmentbooking.local.dynamodb.WireRequests.requiredText;
import static com.apartmentbooking.local.dynamodb.WireRequests.text;

import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.KeyElement;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.StreamRequest;
import com.apartmentbooking.local.dynamodb.DynamoDbException.CancellationReason;
import com.apartmentbooking.local.dynamodb.UpdateTableRequest.CapacityUpdate;
import com.apartmentbooking.local.dynamodb.UpdateTableRequest.GlobalIndexUpdate;
import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.ExpressionContext;
import com.apartmentbooking.local.dynamodb.expression.Expressions;
import com.apartmentbooking.local.dynamodb.expression.KeyConditions;
import com.apartmentbooking.local.dynamodb.expression.LegacyParameters;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.expression.Update;
import com.apartmentbooking.local.dynamodb.partiql.BatchStatementResult;
import com.apartmentbooking.local.dynamodb.partiql.PartiqlRequest;
import com.apartmentbooking.local.dynamodb.partiql.PartiqlService;
import com.apartmentbooking.local.dynamodb.partiql.StatementResult;
import com.apartmentbooking.local.dynamodb.shape.ConstraintChecker;
import com.apartmentbooking.local.dynamodb.shape.DynamoDbShapes;
import com.apartmentbooking.local.dynamodb.shape.Shape;
import com.apartmentbooking.local.dynamodb.shape.TypeChecker;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.server.SigningScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DynamoDB's wire adapter (AWS JSON 1.0, target prefix {@code DynamoDB_20120810}): reads each operation's request
 * members, compiles its expressions against the request's placeholders, calls {@link DynamoDbService} and writes
 * AWS's response members. Every {@link DynamoDbException} becomes AWS's error shape here, including the members
 * some errors carry (the item of a failed condition, a transaction's CancellationReasons). Other services of the
 * runtime call the same operations through {@link DynamoDbApi}, where refusals stay DynamoDbExceptions.
 */
public final class DynamoDbProtocol implements AwsJsonService, DynamoDbApi {

    /** AWS accepts DynamoDB requests up to 16 MB (the BatchWriteItem limit). */
    static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    // Each operation's expression and pre-expression parameters, in the order AWS lists them in its errors.
    private static final List<String> CONDITION_EXPRESSIONS = List.of("ConditionExpression");
    private static final List<String> CONDITION_LEGACY = List.of("Expected");
    private static final List<String> UPDATE_EXPRESSIONS = List.of("UpdateExpression", "ConditionExpression");
    private static final List<String> UPDATE_LEGACY = List.of("AttributeUpdates", "Expected");
    private static final List<String> PROJECTION_EXPRESSIONS = List.of("ProjectionExpression");
    private static final List<String> PROJECTION_LEGACY = List.of("AttributesToGet");
    private static final List<String> QUERY_EXPRESSIONS =
            List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression");
    private static final List<String> QUERY_LEGACY =
            List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions");
    private static final List<String> SCAN_EXPRESSIONS = List.of("ProjectionExpression", "FilterExpression");
    private static final List<String> SCAN_LEGACY = List.of("AttributesToGet", "ScanFilter", "ConditionalOperator");

    private static final List<String> UNPREFIXED_START_KEY_ERRORS = List.of("number set", "contains duplicates",
            "numeric value", "significant digits", "Number overflow", "Number underflow");

    private final DynamoDbService service;
    private final TableDescriptions descriptions;
    /** Each operation's reading of its request, by the operation's name on the wire. */
    public DynamoDbProtocol(DynamoDbService service) {
        this.service = service;
        this.descriptions = new TableDescriptions(service);
    }

    @Override
    public String targetPrefix() {
        return "DynamoDB_20120810";
    }

    @Override
    public String errorTypePrefix() {
        return "com.amazonaws.dynamodb.v20120810#";
    }

    @Override
    public long maxRequestBytes() {
        return MAX_REQUEST_BYTES;
    }

    @Override
    public Optional<SigningScope> signingScope() {
        return Optional.of(new SigningScope("dynamodb", service.arns().region()));
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        try {
            return call(operation, request);
        } catch (DynamoDbException e) {
            throw toAws(e);
        }
    }

    /**
     * Runs an operation. Before anything else, as AWS's framework does, the request is checked against the
     * operation's shape: member types first (SerializationException), then all constraints at once
     * (ValidationException).
     */
    @Override
    public boolean serves(String operation) {
        return DynamoDbShapes.request(operation) != null;
    }

    @Override
    public JsonNode call(String operation, JsonNode request) {
        Shape shape = DynamoDbShapes.request(operation);
        if (shape == null) {
            // The front door's answer to an unknown operation, as a DynamoDB error: in-process callers see it too.
            throw DynamoDbException.unknownOperation();
        }
        TypeChecker.check(request, shape);
        ConstraintChecker.check(request, shape);
        return switch (operation) {
            case "CreateTable" -> createTable(request);
            case "DescribeTable" -> describeTable(request);
            case "ListTables" -> listTables(request);
            case "DeleteTable" -> deleteTable(request);
            case "UpdateTable" -> updateTable(request);
            case "PutItem" -> putItem(request);
            case "GetItem" -> getItem(request);
            case "UpdateItem" -> updateItem(request);
            case "DeleteItem" -> deleteItem(request);
            case "Query" -> query(request);
            case "Scan" -> scan(request);
            case "BatchGetItem" -> batchGetItem(request);
            case "BatchWriteItem" -> batchWriteItem(request);
            case "TransactWriteItems" -> transactWriteItems(request);
            case "TransactGetItems" -> transactGetItems(request);
            case "UpdateTimeToLive" -> updateTimeToLive(request);
            case "DescribeTimeToLive" -> describeTimeToLive(request);
            case "TagResource" -> tagResource(request);
            case "UntagResource" -> untagResource(request);
            case "ListTagsOfResource" -> listTagsOfResource(request);
            case "ExecuteStatement" -> executeStatement(request);
            case "BatchExecuteStatement" -> batchExecuteStatement(request);
            case "ExecuteTransaction" -> executeTransaction(request);
            default -> throw new IllegalStateException("An operation with a shape and no handler: " + operation);
        };
    }

    /** DynamoDB's error shape for an exception; DynamoDB Streams answers errors the same way. */
    public static AwsServiceException toAws(DynamoDbException e) {
        // DynamoDB's own errors go out by name, the front door puts the service's prefix before them, as it does
        // for every service; the framework's errors carry their own namespace.
        String code = DynamoDbException.DYNAMODB.equals(e.namespace()) ? e.code() : e.type();
        AwsServiceException error = new AwsServiceException(e.status(), code, e.getMessage());
        if (e.capitalizedMessage()) {
            error.messageMember(AwsServiceException.FRAMEWORK_MESSAGE_MEMBER);
        }
        if (e.item() != null) {
            error.with("Item", AttributeValues.itemToJson(e.item()));
        }
        if (!e.cancellationReasons().isEmpty()) {
            ArrayNode reasons = JSON.arrayNode();
            for (CancellationReason reason : e.cancellationReasons()) {
                ObjectNode node = reasons.addObject();
                if (reason.item() != null) {
                    node.set("Item", AttributeValues.itemToJson(reason.item()));
                }
                node.put("Code", reason.code());
                if (reason.message() != null) {
                    node.put("Message", reason.message());
                }
            }
            error.with("CancellationReasons", reasons);
        }
        return error;
    }

    // ---- tables -------------------------------------------------------------------------------------------

    private JsonNode createTable(JsonNode request) {
        String name = tableParameter(request);
        JsonNode throughput = request.get("ProvisionedThroughput");
        StreamRequest stream = streamRequest(request.get("StreamSpecification"));
        TableDefinition table = service.createTable(new CreateTableRequest(name,
                keyElements(required(request, "KeySchema")), attributeDefinitions(required(request,
                "AttributeDefinitions")), text(request, "BillingMode"),
                throughput == null ? null : longValue(throughput, "ReadCapacityUnits"),
                throughput == null ? null : longValue(throughput, "WriteCapacityUnits"),
                optionalList(request, "GlobalSecondaryIndexes", DynamoDbProtocol::indexRequest),
                optionalList(request, "LocalSecondaryIndexes", DynamoDbProtocol::indexRequest), stream,
                bool(request, "DeletionProtectionEnabled"), tags(request.get("Tags"))));
        return JSON.objectNode().set("TableDescription", descriptions.describe(table));
    }

    private JsonNode describeTable(JsonNode request) {
        TableDefinition table = service.describeTable(tableParameter(request));
        return JSON.objectNode().set("Table", descriptions.describe(table));
    }

    private JsonNode listTables(JsonNode request) {
        Integer limit = integer(request, "Limit");
        List<String> names = service.listTables(text(request, "ExclusiveStartTableName"), limit == null ? 100 : limit);
        ObjectNode response = JSON.objectNode();
        ArrayNode tableNames = response.putArray("TableNames");
        names.forEach(tableNames::add);
        if (!names.isEmpty() && service.hasTableAfter(names.get(names.size() - 1))) {
            response.put("LastEvaluatedTableName", names.get(names.size() - 1));
        }
        return response;
    }

    private JsonNode deleteTable(JsonNode request) {
        String name = tableParameter(request);
        long itemCount = service.itemCount(name);
        long sizeBytes = service.tableSizeBytes(name);
        TableDefinition deleting = service.deleteTable(name);
        return JSON.objectNode().set("TableDescription", descriptions.describeDeleting(deleting, itemCount, sizeBytes));
    }

    private JsonNode updateTable(JsonNode request) {
        JsonNode throughput = request.get("ProvisionedThroughput");
        JsonNode definitions = request.get("AttributeDefinitions");
        JsonNode protection = request.get("DeletionProtectionEnabled");
        TableDefinition table = service.updateTable(new UpdateTableRequest(tableParameter(request),
                definitions == null ? null : attributeDefinitions(definitions), text(request, "BillingMode"),
                throughput == null ? null : longValue(throughput, "ReadCapacityUnits"),
                throughput == null ? null : longValue(throughput, "WriteCapacityUnits"),
                streamRequest(request.get("StreamSpecification")),
                optionalList(request, "GlobalSecondaryIndexUpdates", DynamoDbProtocol::indexUpdate),
                protection == null ? null : protection.asBoolean()));
        return JSON.objectNode().set("TableDescription", descriptions.describeUpdate(table));
    }

    private static GlobalIndexUpdate indexUpdate(JsonNode update) {
        JsonNode create = update.get("Create");
        JsonNode delete = update.get("Delete");
        JsonNode change = update.get("Update");
        if (create != null && !create.isNull()) {
            return new GlobalIndexUpdate(indexRequest(create), null, null);
        }
        if (delete != null && !delete.isNull()) {
            return new GlobalIndexUpdate(null, requiredText(delete, "IndexName"), null);
        }
        if (change != null && !change.isNull()) {
            JsonNode throughput = required(change, "ProvisionedThroughput");
            return new GlobalIndexUpdate(null, null, new CapacityUpdate(requiredText(change, "IndexName"),
                    longValue(throughput, "ReadCapacityUnits"), longValue(throughput, "WriteCapacityUnits")));
        }
        return new GlobalIndexUpdate(null, null, null);
    }

    private static StreamRequest streamRequest(JsonNode specification) {
        if (specification == null || specification.isNull()) {
            return null;
        }
        // StreamEnabled is there: the shape requires it.
        return new StreamRequest(specification.get("StreamEnabled").asBoolean(), text(specification, "StreamViewType"));
    }

    private static List<KeyElement> keyElements(JsonNode schema) {
        List<KeyElement> elements = new ArrayList<>();
        schema.forEach(element -> elements.add(new KeyElement(requiredText(element, "AttributeName"),
                requiredText(element, "KeyType"))));
        return elements;
    }

    /** AttributeDefinitions by name; AWS refuses a name defined twice (a map could not hold both). */
    private static Map<String, String> attributeDefinitions(JsonNode definitions) {
        Map<String, String> types = new LinkedHashMap<>();
        definitions.forEach(definition -> {
            if (types.put(requiredText(definition, "AttributeName"), requiredText(definition, "AttributeType")) != null) {
                throw DynamoDbException.validation("Cannot have two attributes with the same name");
            }
        });
        return types;
    }

    private static IndexRequest indexRequest(JsonNode index) {
        JsonNode projection = index.get("Projection");
        JsonNode throughput = index.get("ProvisionedThroughput");
        return new IndexRequest(requiredText(index, "IndexName"), keyElements(required(index, "KeySchema")),
                projection == null ? null : text(projection, "ProjectionType"),
                projection == null ? List.of() : list(projection, "NonKeyAttributes", JsonNode::asText),
                throughput == null ? null : longValue(throughput, "ReadCapacityUnits"),
                throughput == null ? null : longValue(throughput, "WriteCapacityUnits"));
    }

    // ---- items --------------------------------------------------------------------------------------------

    private JsonNode putItem(JsonNode request) {
        String table = tableName(request);
        LegacyParameters.checkParameterStyles(request, CONDITION_EXPRESSIONS, CONDITION_LEGACY);
        Map<String, AttributeValue> item = requiredItem(request, "Item");
        String returnValues = text(request, "ReturnValues");
        DynamoDbService.checkPut(item, returnValues == null ? "NONE" : returnValues);
        ExpressionContext context = context(request);
        WriteOptions options = writeOptions(request, context);
        context.assertAllUsed();
        return written(service.putItem(table, item, options), request, table, item);
    }

    private JsonNode getItem(JsonNode request) {
        String table = tableName(request);
        LegacyParameters.checkParameterStyles(request, PROJECTION_EXPRESSIONS, PROJECTION_LEGACY);
        Map<String, AttributeValue> key = requiredItem(request, "Key");
        ExpressionContext context = context(request);
        Projection projection = projection(request, context);
        context.assertAllUsed();
        ItemResult result = service.getItem(table, key, projection, bool(request, "ConsistentRead"));
        ObjectNode response = JSON.objectNode();
        if (result.item() != null) {
            response.set("Item", AttributeValues.itemToJson(result.item()));
        }
        CapacityResponses.consumedCapacity(response, request, result.consumedCapacity());
        return response;
    }

    private JsonNode updateItem(JsonNode request) {
        String table = tableName(request);
        LegacyParameters.checkParameterStyles(request, UPDATE_EXPRESSIONS, UPDATE_LEGACY);
        Map<String, AttributeValue> key = requiredItem(request, "Key");
        ExpressionContext context = context(request);
        String expression = text(request, "UpdateExpression");
        JsonNode attributeUpdates = request.get("AttributeUpdates");
        Update update = expression != null ? Expressions.update(expression, context)
                : attributeUpdates != null ? LegacyParameters.attributeUpdates(attributeUpdates)
                : new Update(List.of());
        WriteOptions options = writeOptions(request, context);
        context.assertAllUsed();
        return written(service.updateItem(table, key, update, options), request, table, key);
    }

    private JsonNode deleteItem(JsonNode request) {
        String table = tableName(request);
        LegacyParameters.checkParameterStyles(request, CONDITION_EXPRESSIONS, CONDITION_LEGACY);
        Map<String, AttributeValue> key = requiredItem(request, "Key");
        ExpressionContext context = context(request);
        WriteOptions options = writeOptions(request, context);
        context.assertAllUsed();
        return written(service.deleteItem(table, key, options), request, table, key);
    }

    private JsonNode query(JsonNode request) {
        String table = tableName(request);
        LegacyParameters.checkParameterStyles(request, QUERY_EXPRESSIONS, QUERY_LEGACY);
        JsonNode queryFilter = request.get("QueryFilter");
        Condition legacyFilter = queryFilter == null || queryFilter.isNull() ? null
                : LegacyParameters.filter(queryFilter, text(request, "ConditionalOperator"));
        Projection legacyProjection = legacyProjection(request);
        Map<String, AttributeValue> startKey = startKey(request);
        String keyExpression = text(request, "KeyConditionExpression");
        JsonNode keyConditions = request.get("KeyConditions");
        if (keyExpression == null && (keyConditions == null || keyConditions.isNull())) {
            throw DynamoDbException.validation("Either the KeyConditions or KeyConditionExpression parameter must be "
                    + "specified in the request.");
        }
        ExpressionContext context = context(request);
        Condition keyCondition = keyExpression == null ? null : Expressions.keyConditionExpression(keyExpression, context);
        String filterExpression = text(request, "FilterExpression");
        Condition filter = filterExpression != null ? Expressions.filter(filterExpression, context) : legacyFilter;
        Projection projection = projection(request, context, legacyProjection);
        context.assertAllUsed();
        KeyConditions conditions = keyCondition != null ? KeyConditions.fromExpression(keyCondition)
                : LegacyParameters.keyConditions(keyConditions);
        Set<String> filterAttributes = filterExpression != null ? ConditionAttributes.of(filter)
                : queryFilter == null || queryFilter.isNull() ? Set.of() : fieldNames(queryFilter);
        QueryRequest query = new QueryRequest(table, text(request, "IndexName"), conditions, filter, filterAttributes,
                filterExpression != null ? "Filter Expression" : "QueryFilter", projection, text(request, "Select"),
                !request.has("ScanIndexForward") || request.get("ScanIndexForward").asBoolean(),
                integer(request, "Limit"), startKey, bool(request, "ConsistentRead"));
        return page(service.query(query), request);
    }

    private JsonNode scan(JsonNode request) {
        String table = tableName(request);
        LegacyParameters.checkParameterStyles(request, SCAN_EXPRESSIONS, SCAN_LEGACY);
        Projection legacyProjection = legacyProjection(request);
        JsonNode scanFilter = request.get("ScanFilter");
        Condition legacyFilter = scanFilter == null || scanFilter.isNull() ? null
                : LegacyParameters.filter(scanFilter, text(request, "ConditionalOperator"));
        Map<String, AttributeValue> startKey = startKey(request);
        ReadChecks.segments(integer(request, "Segment"), integer(request, "TotalSegments"));
        ExpressionContext context = context(request);
        String filterExpression = text(request, "FilterExpression");
        Condition filter = filterExpression != null ? Expressions.filter(filterExpression, context) : legacyFilter;
        Projection projection = projection(request, context, legacyProjection);
        context.assertAllUsed();
        ItemPage page = service.scan(new ScanRequest(table, text(request, "IndexName"), filter, projection,
                text(request, "Select"), integer(request, "Limit"), startKey,
                integer(request, "Segment"), integer(request, "TotalSegments"), bool(request, "ConsistentRead")));
        return page(page, request);
    }

    /**
     * The ExclusiveStartKey. AWS names it in the errors of its values, except in those it raises while reading
     * numbers and set members (recorded: "An number set  may not be empty" and duplicates come unprefixed).
     */
    private static Map<String, AttributeValue> startKey(JsonNode request) {
        try {
            return item(request, "ExclusiveStartKey");
        } catch (DynamoDbException e) {
            String message = e.getMessage();
            if (!e.code().equals("ValidationException") || UNPREFIXED_START_KEY_ERRORS.stream()
                    .anyMatch(message::contains)) {
                throw e;
            }
            throw DynamoDbException.validation("The provided starting key is invalid: " + message);
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode page(ItemPage page, JsonNode request) {
        ObjectNode response = JSON.objectNode();
        if (!"COUNT".equals(text(request, "Select"))) {
            ArrayNode items = response.putArray("Items");
            page.items().forEach(item -> items.add(AttributeValues.itemToJson(item)));
        }
        response.put("Count", page.count());
        response.put("ScannedCount", page.scannedCount());
        if (page.lastEvaluatedKey() != null) {
            response.set("LastEvaluatedKey", AttributeValues.itemToJson(page.lastEvaluatedKey()));
        }
        CapacityResponses.consumedCapacity(response, request, page.consumedCapacity());
        return response;
    }

    private JsonNode batchGetItem(JsonNode request) {
        Map<String, BatchGetRequest> tables = new LinkedHashMap<>();
        Map<String, JsonNode> tableRequests = new LinkedHashMap<>();
        required(request, "RequestItems").properties().forEach(entry -> {
            JsonNode tableRequest = entry.getValue();
            LegacyParameters.checkParameterStyles(tableRequest, PROJECTION_EXPRESSIONS, PROJECTION_LEGACY);
            ExpressionContext context = ExpressionContext.fromRequest(tableRequest.get("ExpressionAttributeNames"),
                    null);
            Projection projection = projection(tableRequest, context);
            context.assertAllUsed();
            String table = tableName(entry.getKey());
            tables.put(table, new BatchGetRequest(list(tableRequest, "Keys", AttributeValues::itemFromJson),
                    projection, bool(tableRequest, "ConsistentRead")));
            tableRequests.put(table, tableRequest);
        });
        BatchGetResult result = service.batchGetItem(tables);
        ObjectNode response = JSON.objectNode();
        ObjectNode responses = response.putObject("Responses");
        result.responses().forEach((table, items) -> {
            ArrayNode array = responses.putArray(table);
            items.forEach(item -> array.add(AttributeValues.itemToJson(item)));
        });
        // Unprocessed keys come back with the rest of their table's request, so the client can resend them as is.
        ObjectNode unprocessed = response.putObject("UnprocessedKeys");
        result.unprocessedKeys().forEach((table, keys) -> {
            ObjectNode tableRequest = tableRequests.get(table).deepCopy();
            ArrayNode keyArray = tableRequest.putArray("Keys");
            keys.forEach(key -> keyArray.add(AttributeValues.itemToJson(key)));
            unprocessed.set(table, tableRequest);
        });
        CapacityResponses.consumedCapacities(response, request, result.consumedCapacity());
        return response;
    }

    private JsonNode batchWriteItem(JsonNode request) {
        Map<String, List<BatchWriteRequest>> tables = new LinkedHashMap<>();
        required(request, "RequestItems").properties().forEach(entry ->
                tables.put(tableName(entry.getKey()), writeRequests(entry.getValue())));
        List<ConsumedCapacity> capacities = service.batchWriteItem(tables);
        ObjectNode response = JSON.objectNode();
        response.putObject("UnprocessedItems");
        if (CapacityResponses.wantsItemCollectionMetrics(request)) {
            Map<String, List<Map<String, AttributeValue>>> written = new LinkedHashMap<>();
            tables.forEach((table, writes) -> written.put(table, writes.stream()
                    .map(write -> write.putItem() != null ? write.putItem() : write.deleteKey()).toList()));
            CapacityResponses.itemCollectionMetrics(response, service.itemCollectionMetrics(written));
        }
        CapacityResponses.consumedCapacities(response, request, capacities);
        return response;
    }

    private static List<BatchWriteRequest> writeRequests(JsonNode writes) {
        List<BatchWriteRequest> requests = new ArrayList<>();
        for (JsonNode write : writes) {
            JsonNode put = write.get("PutRequest");
            JsonNode delete = write.get("DeleteRequest");
            if ((put == null) == (delete == null)) {
                throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, must "
                        + "contain exactly one of the supported datatypes");
            }
            requests.add(put != null ? new BatchWriteRequest(requiredItem(put, "Item"), null)
                    : new BatchWriteRequest(null, requiredItem(delete, "Key")));
        }
        return requests;
    }

    private JsonNode transactWriteItems(JsonNode request) {
        List<TransactWriteAction> actions = new ArrayList<>();
        for (JsonNode element : required(request, "TransactItems")) {
            actions.add(transactWriteAction(element));
        }
        List<ConsumedCapacity> capacities = service.transactWriteItems(actions, text(request, "ClientRequestToken"));
        ObjectNode response = JSON.objectNode();
        CapacityResponses.consumedCapacities(response, request, capacities);
        if (CapacityResponses.wantsItemCollectionMetrics(request)) {
            Map<String, List<Map<String, AttributeValue>>> written = new LinkedHashMap<>();
            for (TransactWriteAction action : actions) {
                if (!action.kind().equals("ConditionCheck")) {
                    written.computeIfAbsent(action.tableName(), table -> new ArrayList<>())
                            .add(action.item() != null ? action.item() : action.key());
                }
            }
            CapacityResponses.itemCollectionMetrics(response, service.itemCollectionMetrics(written));
        }
        return response;
    }

    private TransactWriteAction transactWriteAction(JsonNode element) {
        List<String> kinds = List.of("ConditionCheck", "Put", "Update", "Delete").stream()
                .filter(element::hasNonNull).toList();
        if (kinds.isEmpty()) {
            throw DynamoDbException.validation("The action or operation requested is invalid. Verify that the action "
                    + "is typed correctly.");
        }
        if (kinds.size() > 1) {
            throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        String kind = kinds.get(0);
        JsonNode action = element.get(kind);
        LegacyParameters.checkParameterStyles(action, kind.equals("Update") ? UPDATE_EXPRESSIONS
                : CONDITION_EXPRESSIONS, List.of());
        ExpressionContext context = context(action);
        String conditionText = text(action, "ConditionExpression");
        if (kind.equals("ConditionCheck") && conditionText == null) {
            throw WireRequests.missing("ConditionExpression");
        }
        Condition condition = condition(conditionText, context);
        Update update = kind.equals("Update")
                ? Expressions.update(requiredText(action, "UpdateExpression"), context) : null;
        context.assertAllUsed();
        boolean returnOld = "ALL_OLD".equals(text(action, "ReturnValuesOnConditionCheckFailure"));
        return new TransactWriteAction(kind, tableName(action),
                kind.equals("Put") ? null : requiredItem(action, "Key"),
                kind.equals("Put") ? requiredItem(action, "Item") : null, condition, update, returnOld);
    }

    private JsonNode transactGetItems(JsonNode request) {
        List<TransactGetAction> actions = new ArrayList<>();
        for (JsonNode element : required(request, "TransactItems")) {
            JsonNode get = required(element, "Get");
            LegacyParameters.checkParameterStyles(get, PROJECTION_EXPRESSIONS, List.of());
            ExpressionContext context = ExpressionContext.fromRequest(get.get("ExpressionAttributeNames"), null);
            Projection projection = projection(get, context);
            context.assertAllUsed();
            actions.add(new TransactGetAction(tableName(get), requiredItem(get, "Key"), projection));
        }
        TransactGetResult result = service.transactGetItems(actions);
        ObjectNode response = JSON.objectNode();
        CapacityResponses.consumedCapacities(response, request, result.consumedCapacity());
        ArrayNode responses = response.putArray("Responses");
        for (Map<String, AttributeValue> item : result.items()) {
            ObjectNode entry = responses.addObject();
            if (item != null) {
                entry.set("Item", AttributeValues.itemToJson(item));
            }
        }
        return response;
    }

    // ---- PartiQL -------------------------------------------------------------------------------------------

    private JsonNode executeStatement(JsonNode request) {
        StatementResult result = new PartiqlService(service).executeStatement(partiqlRequest(request),
                integer(request, "Limit"), text(request, "NextToken"));
        ObjectNode response = JSON.objectNode();
        if (result.items() != null) {
            ArrayNode items = response.putArray("Items");
            result.items().forEach(item -> items.add(AttributeValues.itemToJson(item)));
        }
        if (result.nextToken() != null) {
            response.put("NextToken", result.nextToken());
            response.set("LastEvaluatedKey", AttributeValues.itemToJson(result.lastEvaluatedKey()));
        }
        return response;
    }

    private JsonNode batchExecuteStatement(JsonNode request) {
        List<PartiqlRequest> statements = new ArrayList<>();
        for (JsonNode statement : required(request, "Statements")) {
            statements.add(partiqlRequest(statement));
        }
        ObjectNode response = JSON.objectNode();
        ArrayNode responses = response.putArray("Responses");
        for (BatchStatementResult result : new PartiqlService(service).batchExecuteStatement(statements)) {
            ObjectNode entry = responses.addObject();
            if (result.error() != null) {
                ObjectNode error = entry.putObject("Error");
                error.put("Code", result.error().code());
                error.put("Message", result.error().message());
                if (result.error().item() != null) {
                    error.set("Item", AttributeValues.itemToJson(result.error().item()));
                }
            }
            if (result.tableName() != null) {
                entry.put("TableName", result.tableName());
            }
            if (result.item() != null) {
                entry.set("Item", AttributeValues.itemToJson(result.item()));
            }
        }
        return response;
    }

    private JsonNode executeTransaction(JsonNode request) {
        List<PartiqlRequest> statements = new ArrayList<>();
        for (JsonNode statement : required(request, "TransactStatements")) {
            statements.add(partiqlRequest(statement));
        }
        List<Map<String, AttributeValue>> rows = new PartiqlService(service).executeTransaction(statements,
                text(request, "ClientRequestToken"));
        ObjectNode response = JSON.objectNode();
        if (rows != null) {
            ArrayNode responses = response.putArray("Responses");
            for (Map<String, AttributeValue> row : rows) {
                ObjectNode entry = responses.addObject();
                if (row != null) {
                    entry.set("Item", AttributeValues.itemToJson(row));
                }
            }
        }
        return response;
    }

    /** One statement with its Parameters, ConsistentRead and ReturnValuesOnConditionCheckFailure. */
    private static PartiqlRequest partiqlRequest(JsonNode statement) {
        return new PartiqlRequest(requiredText(statement, "Statement"),
                list(statement, "Parameters", AttributeValues::fromJson), bool(statement, "ConsistentRead"),
                "ALL_OLD".equals(text(statement, "ReturnValuesOnConditionCheckFailure")));
    }

    // ---- tags ---------------------------------------------------------------------------------------------

    private JsonNode tagResource(JsonNode request) {
        JsonNode tags = request.get("Tags");
        service.tagResource(text(request, "ResourceArn"), isAbsent(tags) ? null : tags(tags));
        return JSON.objectNode();
    }

    private JsonNode untagResource(JsonNode request) {
        service.untagResource(text(request, "ResourceArn"),
                isAbsent(request.get("TagKeys")) ? null : list(request, "TagKeys", JsonNode::asText));
        return JSON.objectNode();
    }

    private JsonNode listTagsOfResource(JsonNode request) {
        ObjectNode response = JSON.objectNode();
        ArrayNode tags = response.putArray("Tags");
        service.listTagsOfResource(text(request, "ResourceArn"))
                .forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
        return response;
    }

    private static boolean isAbsent(JsonNode member) {
        return member == null || member.isNull();
    }

    /** A Tags list ({@code [{"Key": ..., "Value": ...}]}) as a map; empty when absent. */
    private static Map<String, String> tags(JsonNode tags) {
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(tag -> map.put(requiredText(tag, "Key"), requiredText(tag, "Value")));
        }
        return map;
    }

    // ---- time to live -------------------------------------------------------------------------------------

    private JsonNode updateTimeToLive(JsonNode request) {
        String table = tableParameter(request);
        JsonNode specification = required(request, "TimeToLiveSpecification");
        String attribute = requiredText(specification, "AttributeName");
        boolean enabled = required(specification, "Enabled").asBoolean();
        service.updateTimeToLive(table, attribute, enabled);
        ObjectNode response = JSON.objectNode();
        response.putObject("TimeToLiveSpecification").put("AttributeName", attribute).put("Enabled", enabled);
        return response;
    }

    private JsonNode describeTimeToLive(JsonNode request) {
        TableDefinition table = service.describeTable(tableParameter(request));
        ObjectNode response = JSON.objectNode();
        ObjectNode description = response.putObject("TimeToLiveDescription");
        if (table.ttlAttribute() == null) {
            description.put("TimeToLiveStatus", "DISABLED");
        } else {
            description.put("TimeToLiveStatus", "ENABLED").put("AttributeName", table.ttlAttribute());
        }
        return response;
    }

    // ---- shared pieces ------------------------------------------------------------------------------------

    private String tableName(JsonNode request) {
        return tableName(requiredText(request, "TableName"));
    }

    /** The TableName of a table operation, present and of a length the request shape's check let through. */
    private String tableParameter(JsonNode request) {
        return tableName(request.get("TableName").asText());
    }

    /**
     * Tables may be named by ARN as well as by name; a name's length and pattern are the request shape's
     * constraints, checked before this.
     */
    private String tableName(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            String name = service.arns().tableNameOf(nameOrArn);
            if (name == null) {
                throw DynamoDbException.validation("Invalid TableName: " + nameOrArn);
            }
            return name;
        }
        return nameOrArn;
    }

    /** The request's placeholders, checked as AWS checks them before it parses the expressions. */
    private static ExpressionContext context(JsonNode request) {
        return ExpressionContext.fromRequest(request.get("ExpressionAttributeNames"),
                request.get("ExpressionAttributeValues"));
    }

    private static Condition condition(String expression, ExpressionContext context) {
        return expression == null ? null : Expressions.condition(expression, context);
    }

    /** ProjectionExpression, or the legacy AttributesToGet; null when neither is given. */
    private static Projection projection(JsonNode request, ExpressionContext context) {
        return projection(request, context, legacyProjection(request));
    }

    /** ProjectionExpression, or the legacy projection read before it (AWS checks AttributesToGet first). */
    private static Projection projection(JsonNode request, ExpressionContext context, Projection legacy) {
        String expression = text(request, "ProjectionExpression");
        return expression != null ? Expressions.projection(expression, context) : legacy;
    }

    /** AttributesToGet, null when absent. */
    private static Projection legacyProjection(JsonNode request) {
        JsonNode legacy = request.get("AttributesToGet");
        return legacy == null || legacy.isNull() ? null : LegacyParameters.attributesToGet(legacy);
    }

    /** ConditionExpression, or the legacy Expected with ConditionalOperator; null when neither is given. */
    private static Condition writeCondition(JsonNode request, ExpressionContext context) {
        String expression = text(request, "ConditionExpression");
        if (expression != null) {
            return Expressions.condition(expression, context);
        }
        JsonNode expected = request.get("Expected");
        return expected == null ? null : LegacyParameters.expected(expected, text(request, "ConditionalOperator"));
    }

    private static WriteOptions writeOptions(JsonNode request, ExpressionContext context) {
        String returnValues = text(request, "ReturnValues");
        return new WriteOptions(writeCondition(request, context),
                returnValues == null ? "NONE" : returnValues,
                "ALL_OLD".equals(text(request, "ReturnValuesOnConditionCheckFailure")));
    }

    /** A single write's answer; {@code itemOrKey} names the item collection ReturnItemCollectionMetrics reports. */
    private JsonNode written(ItemResult result, JsonNode request, String table, Map<String, AttributeValue> itemOrKey) {
        ObjectNode response = JSON.objectNode();
        if (result.item() != null) {
            response.set("Attributes", AttributeValues.itemToJson(result.item()));
        }
        CapacityResponses.consumedCapacity(response, request, result.consumedCapacity());
        if (CapacityResponses.wantsItemCollectionMetrics(request)) {
            service.itemCollectionMetrics(table, itemOrKey).ifPresent(metrics ->
                    response.set("ItemCollectionMetrics", CapacityResponses.itemCollectionMetrics(metrics)));
        }
        return response;
    }
}
