package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.WireRequests.bool;
import static com.apartmentbooking.local.dynamodb.WireRequests.integer;
import static com.apartmentbooking.local.dynamodb.WireRequests.item;
import static com.apartmentbooking.local.dynamodb.WireRequests.list;
import static com.apartmentbooking.local.dynamodb.WireRequests.longValue;
import static com.apartmentbooking.local.dynamodb.WireRequests.required;
import static com.apartmentbooking.local.dynamodb.WireRequests.requiredItem;
import static com.apartmentbooking.local.dynamodb.WireRequests.requiredText;
import static com.apartmentbooking.local.dynamodb.WireRequests.text;

import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.KeyElement;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.StreamRequest;
import com.apartmentbooking.local.dynamodb.DynamoDbException.CancellationReason;
import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.ExpressionContext;
import com.apartmentbooking.local.dynamodb.expression.Expressions;
import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.LegacyParameters;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.expression.Update;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    private final DynamoDbService service;
    private final TableDescriptions descriptions;
    /** Each operation's reading of its request, by the operation's name on the wire. */
    private final Map<String, Function<JsonNode, JsonNode>> operations = Map.ofEntries(
            Map.entry("CreateTable", this::createTable),
            Map.entry("DescribeTable", this::describeTable),
            Map.entry("ListTables", this::listTables),
            Map.entry("DeleteTable", this::deleteTable),
            Map.entry("UpdateTable", this::updateTable),
            Map.entry("PutItem", this::putItem),
            Map.entry("GetItem", this::getItem),
            Map.entry("UpdateItem", this::updateItem),
            Map.entry("DeleteItem", this::deleteItem),
            Map.entry("Query", this::query),
            Map.entry("Scan", this::scan),
            Map.entry("BatchGetItem", this::batchGetItem),
            Map.entry("BatchWriteItem", this::batchWriteItem),
            Map.entry("TransactWriteItems", this::transactWriteItems),
            Map.entry("TransactGetItems", this::transactGetItems),
            Map.entry("UpdateTimeToLive", this::updateTimeToLive),
            Map.entry("DescribeTimeToLive", this::describeTimeToLive),
            Map.entry("TagResource", this::tagResource),
            Map.entry("UntagResource", this::untagResource),
            Map.entry("ListTagsOfResource", this::listTagsOfResource));

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

    @Override
    public boolean serves(String operation) {
        return operations.containsKey(operation);
    }

    @Override
    public JsonNode call(String operation, JsonNode request) {
        Function<JsonNode, JsonNode> served = operations.get(operation);
        if (served == null) {
            // The front door's answer to an unknown operation, as a DynamoDB error: in-process callers see it too.
            throw new DynamoDbException(AwsServiceException.FRAMEWORK_PREFIX + "UnknownOperationException", null, 400);
        }
        return served.apply(request);
    }

    /** DynamoDB's error shape for an exception; DynamoDB Streams answers errors the same way. */
    public static AwsServiceException toAws(DynamoDbException e) {
        if (e.code().equals(DynamoDbException.ACCESS_DENIED)) {
            // The request framework writes this one's message as "Message".
            return new AwsServiceException(e.status(), e.code(), null).with("Message", JSON.textNode(e.getMessage()));
        }
        AwsServiceException error = AwsServiceException.from(e);
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
        String name = tableName(request);
        JsonNode throughput = request.get("ProvisionedThroughput");
        StreamRequest stream = streamRequest(request.get("StreamSpecification"));
        TableDefinition table = service.createTable(new CreateTableRequest(name,
                keyElements(required(request, "KeySchema")), attributeDefinitions(required(request,
                "AttributeDefinitions")), text(request, "BillingMode"),
                throughput == null ? null : longValue(throughput, "ReadCapacityUnits"),
                throughput == null ? null : longValue(throughput, "WriteCapacityUnits"),
                list(request, "GlobalSecondaryIndexes", DynamoDbProtocol::indexRequest),
                list(request, "LocalSecondaryIndexes", DynamoDbProtocol::indexRequest), stream,
                bool(request, "DeletionProtectionEnabled"), tags(request.get("Tags"))));
        return JSON.objectNode().set("TableDescription", descriptions.describe(table));
    }

    private JsonNode describeTable(JsonNode request) {
        TableDefinition table = service.describeTable(tableName(request));
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
        String name = tableName(request);
        long itemCount = service.itemCount(name);
        long sizeBytes = service.tableSizeBytes(name);
        TableDefinition deleting = service.deleteTable(name);
        return JSON.objectNode().set("TableDescription", descriptions.describeDeleting(deleting, itemCount, sizeBytes));
    }

    private JsonNode updateTable(JsonNode request) {
        JsonNode throughput = request.get("ProvisionedThroughput");
        List<IndexRequest> created = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        JsonNode updates = request.get("GlobalSecondaryIndexUpdates");
        if (updates != null) {
            for (JsonNode update : updates) {
                if (update.has("Create")) {
                    created.add(indexRequest(update.get("Create")));
                }
                if (update.has("Delete")) {
                    deleted.add(requiredText(update.get("Delete"), "IndexName"));
                }
            }
        }
        JsonNode definitions = request.get("AttributeDefinitions");
        JsonNode protection = request.get("DeletionProtectionEnabled");
        TableDefinition table = service.updateTable(new UpdateTableRequest(tableName(request),
                definitions == null ? null : attributeDefinitions(definitions), text(request, "BillingMode"),
                throughput == null ? null : longValue(throughput, "ReadCapacityUnits"),
                throughput == null ? null : longValue(throughput, "WriteCapacityUnits"),
                streamRequest(request.get("StreamSpecification")), created, deleted,
                protection == null ? null : protection.asBoolean()));
        return JSON.objectNode().set("TableDescription", descriptions.describeUpdate(table));
    }

    private static StreamRequest streamRequest(JsonNode specification) {
        if (specification == null || specification.isNull()) {
            return null;
        }
        JsonNode enabled = specification.get("StreamEnabled");
        if (enabled == null) {
            throw WireRequests.missing("StreamSpecification.StreamEnabled");
        }
        return new StreamRequest(enabled.asBoolean(), text(specification, "StreamViewType"));
    }

    private static List<KeyElement> keyElements(JsonNode schema) {
        List<KeyElement> elements = new ArrayList<>();
        schema.forEach(element -> elements.add(new KeyElement(requiredText(element, "AttributeName"),
                requiredText(element, "KeyType"))));
        return elements;
    }

    private static Map<String, String> attributeDefinitions(JsonNode definitions) {
        Map<String, String> types = new LinkedHashMap<>();
        definitions.forEach(definition -> types.put(requiredText(definition, "AttributeName"),
                requiredText(definition, "AttributeType")));
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
        Map<String, AttributeValue> item = requiredItem(request, "Item");
        ExpressionContext context = context(request);
        WriteOptions options = writeOptions(request, context);
        context.assertAllUsed();
        return written(service.putItem(table, item, options), request, table, item);
    }

    private JsonNode getItem(JsonNode request) {
        String table = tableName(request);
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
        Map<String, AttributeValue> key = requiredItem(request, "Key");
        ExpressionContext context = context(request);
        WriteOptions options = writeOptions(request, context);
        context.assertAllUsed();
        return written(service.deleteItem(table, key, options), request, table, key);
    }

    private JsonNode query(JsonNode request) {
        String table = tableName(request);
        ExpressionContext context = context(request);
        String keyExpression = text(request, "KeyConditionExpression");
        JsonNode keyConditions = request.get("KeyConditions");
        if (keyExpression == null && keyConditions == null) {
            throw DynamoDbException.validation("Either the KeyConditions or KeyConditionExpression parameter must be "
                    + "specified in the request.");
        }
        Condition filter = filter(request, "QueryFilter", context);
        Projection projection = projection(request, context);
        // The key condition needs the key schema of the table or index, so it is compiled by the service; the
        // placeholders it uses are only known after that, hence the unused check runs inside the function.
        QueryRequest query = new QueryRequest(table, text(request, "IndexName"), keys -> {
            KeyCondition keyCondition = keyExpression != null
                    ? Expressions.keyCondition(keyExpression, context, keys)
                    : LegacyParameters.keyConditions(keyConditions, keys);
            context.assertAllUsed();
            return keyCondition;
        }, filter, projection, text(request, "Select"), !request.has("ScanIndexForward")
                || request.get("ScanIndexForward").asBoolean(), integer(request, "Limit"),
                item(request, "ExclusiveStartKey"), bool(request, "ConsistentRead"));
        return page(service.query(query), request);
    }

    private JsonNode scan(JsonNode request) {
        String table = tableName(request);
        ExpressionContext context = context(request);
        Condition filter = filter(request, "ScanFilter", context);
        Projection projection = projection(request, context);
        context.assertAllUsed();
        ItemPage page = service.scan(new ScanRequest(table, text(request, "IndexName"), filter, projection,
                text(request, "Select"), integer(request, "Limit"), item(request, "ExclusiveStartKey"),
                integer(request, "Segment"), integer(request, "TotalSegments"), bool(request, "ConsistentRead")));
        return page(page, request);
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
        for (String kind : List.of("ConditionCheck", "Put", "Update", "Delete")) {
            JsonNode action = element.get(kind);
            if (action == null) {
                continue;
            }
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
        throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
    }

    private JsonNode transactGetItems(JsonNode request) {
        List<TransactGetAction> actions = new ArrayList<>();
        for (JsonNode element : required(request, "TransactItems")) {
            JsonNode get = required(element, "Get");
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
        JsonNode specification = required(request, "TimeToLiveSpecification");
        String attribute = requiredText(specification, "AttributeName");
        boolean enabled = required(specification, "Enabled").asBoolean();
        service.updateTimeToLive(tableName(request), attribute, enabled);
        ObjectNode response = JSON.objectNode();
        response.putObject("TimeToLiveSpecification").put("AttributeName", attribute).put("Enabled", enabled);
        return response;
    }

    private JsonNode describeTimeToLive(JsonNode request) {
        TableDefinition table = service.describeTable(tableName(request));
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

    /** Tables may be named by ARN as well as by name; names must match AWS's pattern and length. */
    private String tableName(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            String name = service.arns().tableNameOf(nameOrArn);
            if (name == null) {
                throw DynamoDbException.validation("Invalid TableName: " + nameOrArn);
            }
            return name;
        }
        if (nameOrArn.length() < 3 || nameOrArn.length() > 255) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + nameOrArn + "' at 'tableName' "
                    + "failed to satisfy constraint: Member must have length " + (nameOrArn.length() < 3
                    ? "greater than or equal to 3" : "less than or equal to 255"));
        }
        if (!nameOrArn.matches("[a-zA-Z0-9_.-]+")) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + nameOrArn + "' at 'tableName' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[a-zA-Z0-9_.-]+");
        }
        return nameOrArn;
    }

    /** The request's placeholders; also where AWS refuses a mix of expression and legacy parameters. */
    private static ExpressionContext context(JsonNode request) {
        LegacyParameters.assertNotMixed(request);
        return ExpressionContext.fromRequest(request.get("ExpressionAttributeNames"),
                request.get("ExpressionAttributeValues"));
    }

    private static Condition condition(String expression, ExpressionContext context) {
        return expression == null ? null : Expressions.condition(expression, context);
    }

    /** FilterExpression, or the legacy QueryFilter/ScanFilter member; null when neither is given. */
    private static Condition filter(JsonNode request, String legacyMember, ExpressionContext context) {
        String expression = text(request, "FilterExpression");
        if (expression != null) {
            return Expressions.filter(expression, context);
        }
        JsonNode legacy = request.get(legacyMember);
        return legacy == null ? null : LegacyParameters.filter(legacy, text(request, "ConditionalOperator"));
    }

    /** ProjectionExpression, or the legacy AttributesToGet; null when neither is given. */
    private static Projection projection(JsonNode request, ExpressionContext context) {
        String expression = text(request, "ProjectionExpression");
        if (expression != null) {
            return Expressions.projection(expression, context);
        }
        JsonNode legacy = request.get("AttributesToGet");
        return legacy == null ? null : LegacyParameters.attributesToGet(legacy);
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
