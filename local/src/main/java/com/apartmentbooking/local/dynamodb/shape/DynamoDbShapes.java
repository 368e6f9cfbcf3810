package com.apartmentbooking.local.dynamodb.shape;

import static com.apartmentbooking.local.dynamodb.shape.Constraint.atLeast;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.atMost;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.mapKeys;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.mapValues;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.matches;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.maxLength;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.minLength;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.notNull;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.oneOf;
import static com.apartmentbooking.local.dynamodb.shape.Constraint.unlessArn;
import static com.apartmentbooking.local.dynamodb.shape.Shape.blob;
import static com.apartmentbooking.local.dynamodb.shape.Shape.bool;
import static com.apartmentbooking.local.dynamodb.shape.Shape.integer;
import static com.apartmentbooking.local.dynamodb.shape.Shape.list;
import static com.apartmentbooking.local.dynamodb.shape.Shape.longValue;
import static com.apartmentbooking.local.dynamodb.shape.Shape.map;
import static com.apartmentbooking.local.dynamodb.shape.Shape.member;
import static com.apartmentbooking.local.dynamodb.shape.Shape.string;
import static com.apartmentbooking.local.dynamodb.shape.Shape.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request shapes of the DynamoDB operations the runtime serves, as AWS's model has them: member types, and the
 * constraints AWS's framework validates, members and constraints in the order AWS reports them. The parameter-level
 * rules AWS words in its own texts ({@code The parameter 'TableName' is required ...}) are not constraints here.
 *
 * <p>Where AWS's recorded answers are silent, the published API reference decides (TransactGetItems, the members
 * added since: BillingMode, StreamSpecification, Tags, ...), placed after the recorded ones.
 */
public final class DynamoDbShapes {

    private static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";

    private static final Shape ATTRIBUTE_VALUE = Shape.recursiveStructure("AttributeValue");

    static {
        ATTRIBUTE_VALUE.define(List.of(
                member("S", string()),
                member("N", string()),
                member("B", blob()),
                member("SS", list(string())),
                member("NS", list(string())),
                member("BS", list(blob())),
                member("M", map(ATTRIBUTE_VALUE)),
                member("L", list(ATTRIBUTE_VALUE)),
                member("NULL", bool()),
                member("BOOL", bool())));
    }

    private static final Shape ATTRIBUTE_MAP = map(ATTRIBUTE_VALUE);
    private static final Shape NAMES = map(string());
    private static final Shape TEXT = string();
    private static final Shape BOOLEAN = bool();

    /** A table named by a request's TableName: its name's rules, or an ARN. */
    private static final Shape TABLE_NAME = string(notNull(), unlessArn(matches(NAME_PATTERN)),
            unlessArn(minLength(3)), unlessArn(maxLength(255)));
    /**
     * A transaction action's table, a name or an ARN of 1 to 1024 characters as the API reference has it: DynamoDB
     * answers a two-character name with "Requested resource not found", and the service, not the framework,
     * requires it.
     */
    private static final Shape TRANSACT_TABLE_NAME = string(minLength(1), maxLength(1024));
    /** TableName of the table operations: AWS checks presence and length with texts of its own first. */
    private static final Shape TABLE_NAME_PATTERN = string(unlessArn(matches(NAME_PATTERN)));
    /** An index name, or ListTables' ExclusiveStartTableName: a name's rules, never an ARN. */
    private static final Shape NAME = string(matches(NAME_PATTERN), minLength(3), maxLength(255));

    private static final Shape RETURN_CONSUMED_CAPACITY = string(oneOf("INDEXES", "TOTAL", "NONE"));
    private static final Shape RETURN_ITEM_COLLECTION_METRICS = string(oneOf("SIZE", "NONE"));
    private static final Shape RETURN_VALUES = string(oneOf("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE",
            "UPDATED_NEW"));
    private static final Shape RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = string(oneOf("ALL_OLD", "NONE"));
    private static final Shape CONDITIONAL_OPERATOR = string(oneOf("OR", "AND"));
    private static final Shape SELECT = string(oneOf("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES",
            "ALL_PROJECTED_ATTRIBUTES"));
    private static final Shape ATTRIBUTES_TO_GET = list(string(), minLength(1), maxLength(255));
    private static final String[] COMPARISON_OPERATORS = {"IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT",
        "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"};

    /** KeyConditions, QueryFilter and ScanFilter values. */
    private static final Shape CONDITION = structure("Condition", List.of(
            member("AttributeValueList", list(ATTRIBUTE_VALUE)),
            member("ComparisonOperator", string(notNull(), oneOf(COMPARISON_OPERATORS)))));
    private static final Shape EXPECTED = map(structure("ExpectedAttributeValue", List.of(
            member("AttributeValueList", list(ATTRIBUTE_VALUE)),
            member("ComparisonOperator", string(oneOf(COMPARISON_OPERATORS))),
            member("Exists", BOOLEAN),
            member("Value", ATTRIBUTE_VALUE))));
    private static final Shape ATTRIBUTE_UPDATES = map(structure("AttributeValueUpdate", List.of(
            member("Action", string(oneOf("ADD", "PUT", "DELETE"))),
            member("Value", ATTRIBUTE_VALUE))));

    private static final Shape THROUGHPUT = structure("ProvisionedThroughput", List.of(
            member("WriteCapacityUnits", longValue(notNull(), atLeast(1))),
            member("ReadCapacityUnits", longValue(notNull(), atLeast(1)))));
    private static final Shape ATTRIBUTE_DEFINITIONS = list(structure("AttributeDefinition", List.of(
            member("AttributeName", string(notNull())),
            member("AttributeType", string(notNull(), oneOf("B", "N", "S"))))));
    private static final Shape TABLE_KEY_SCHEMA = keySchema(string(notNull(), oneOf("HASH", "RANGE")));
    /** Indexes' key types are checked by the service, with its own texts. */
    private static final Shape INDEX_KEY_SCHEMA = keySchema(string(notNull()));
    private static final Shape PROJECTION = structure("Projection", List.of(
            member("ProjectionType", string(oneOf("ALL", "INCLUDE", "KEYS_ONLY"))),
            member("NonKeyAttributes", list(string(), minLength(1)))));
    // An index's name is reported before its key schema and projection: of nine empty indexes, the tenth error
    // DynamoDB lists is the fourth index's name.
    private static final Shape LOCAL_SECONDARY_INDEXES = list(structure("LocalSecondaryIndex", List.of(
            member("IndexName", NAME.with(notNull())),
            member("KeySchema", INDEX_KEY_SCHEMA),
            member("Projection", PROJECTION.with(notNull())))));
    private static final Shape GLOBAL_SECONDARY_INDEX = structure("GlobalSecondaryIndex", List.of(
            member("IndexName", NAME.with(notNull())),
            member("KeySchema", INDEX_KEY_SCHEMA),
            member("Projection", PROJECTION.with(notNull())),
            member("ProvisionedThroughput", THROUGHPUT)));
    private static final Shape BILLING_MODE = string(oneOf("PROVISIONED", "PAY_PER_REQUEST"));
    private static final Shape STREAM_SPECIFICATION = structure("StreamSpecification", List.of(
            member("StreamEnabled", bool(notNull())),
            member("StreamViewType", string(oneOf("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY")))));
    private static final Shape SSE_SPECIFICATION = structure("SSESpecification", List.of(
            member("Enabled", BOOLEAN),
            member("SSEType", string(oneOf("AES256", "KMS"))),
            member("KMSMasterKeyId", TEXT)));
    private static final Shape TABLE_CLASS = string(oneOf("STANDARD", "STANDARD_INFREQUENT_ACCESS"));
    private static final Shape TAGS = list(structure("Tag", List.of(
            member("Key", string(notNull())),
            member("Value", string(notNull())))));

    private static final Shape WRITE_REQUEST = structure("WriteRequest", List.of(
            member("DeleteRequest", structure("DeleteRequest", List.of(
                    member("Key", ATTRIBUTE_MAP.with(notNull()))))),
            member("PutRequest", structure("PutRequest", List.of(
                    member("Item", ATTRIBUTE_MAP.with(notNull())))))));
    private static final Shape KEYS_AND_ATTRIBUTES = structure("KeysAndAttributes", List.of(
            member("Keys", list(ATTRIBUTE_MAP, notNull(), minLength(1), maxLength(100))),
            member("AttributesToGet", ATTRIBUTES_TO_GET),
            member("ConsistentRead", BOOLEAN),
            member("ProjectionExpression", TEXT),
            member("ExpressionAttributeNames", NAMES)));
    // PartiQL's members, from the API reference of ExecuteStatement, BatchExecuteStatement and ExecuteTransaction.
    private static final Shape STATEMENT = string(notNull(), minLength(1), maxLength(8192));
    private static final Shape PARAMETERS = list(ATTRIBUTE_VALUE, minLength(1));
    private static final Constraint TABLE_NAME_KEYS = mapKeys(unlessArn(maxLength(255)), unlessArn(minLength(3)),
            unlessArn(matches(NAME_PATTERN)));

    private static final Map<String, Shape> OPERATIONS = Map.ofEntries(
            Map.entry("CreateTable", tableOperation("CreateTableInput",
                    member("AttributeDefinitions", ATTRIBUTE_DEFINITIONS.with(notNull())),
                    member("TableName", string(matches(NAME_PATTERN))),
                    member("ProvisionedThroughput", THROUGHPUT),
                    member("KeySchema", TABLE_KEY_SCHEMA),
                    member("LocalSecondaryIndexes", LOCAL_SECONDARY_INDEXES),
                    member("GlobalSecondaryIndexes", list(GLOBAL_SECONDARY_INDEX)),
                    member("BillingMode", BILLING_MODE),
                    member("StreamSpecification", STREAM_SPECIFICATION),
                    member("SSESpecification", SSE_SPECIFICATION),
                    member("Tags", TAGS),
                    member("TableClass", TABLE_CLASS),
                    member("DeletionProtectionEnabled", BOOLEAN))),
            Map.entry("DescribeTable", tableOperation("DescribeTableInput",
                    member("TableName", TABLE_NAME_PATTERN))),
            Map.entry("DeleteTable", tableOperation("DeleteTableInput",
                    member("TableName", TABLE_NAME_PATTERN))),
            Map.entry("ListTables", operation("ListTablesInput",
                    member("Limit", integer(atLeast(1), atMost(100))),
                    member("ExclusiveStartTableName", NAME))),
            Map.entry("UpdateTable", tableOperation("UpdateTableInput",
                    member("TableName", TABLE_NAME_PATTERN),
                    member("ProvisionedThroughput", THROUGHPUT),
                    member("GlobalSecondaryIndexUpdates", list(structure("GlobalSecondaryIndexUpdate", List.of(
                            member("Update", structure("UpdateGlobalSecondaryIndexAction", List.of(
                                    member("IndexName", NAME.with(notNull())),
                                    member("ProvisionedThroughput", THROUGHPUT.with(notNull()))))),
                            member("Create", structure("CreateGlobalSecondaryIndexAction", List.of(
                                    member("Projection", PROJECTION.with(notNull())),
                                    member("IndexName", NAME.with(notNull())),
                                    member("ProvisionedThroughput", THROUGHPUT),
                                    member("KeySchema", INDEX_KEY_SCHEMA)))),
                            member("Delete", structure("DeleteGlobalSecondaryIndexAction", List.of(
                                    member("IndexName", NAME.with(notNull()))))))))),
                    member("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
                    member("BillingMode", BILLING_MODE),
                    member("StreamSpecification", STREAM_SPECIFICATION),
                    member("SSESpecification", SSE_SPECIFICATION),
                    member("TableClass", TABLE_CLASS),
                    member("DeletionProtectionEnabled", BOOLEAN))),
            Map.entry("PutItem", operation("PutItemInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("TableName", TABLE_NAME),
                    member("Item", ATTRIBUTE_MAP.with(notNull())),
                    member("ConditionalOperator", CONDITIONAL_OPERATOR),
                    member("Expected", EXPECTED),
                    member("ReturnValues", RETURN_VALUES),
                    member("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
                    member("ConditionExpression", TEXT),
                    member("ExpressionAttributeValues", ATTRIBUTE_MAP),
                    member("ExpressionAttributeNames", NAMES),
                    member("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE))),
            Map.entry("GetItem", operation("GetItemInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("AttributesToGet", ATTRIBUTES_TO_GET),
                    member("TableName", TABLE_NAME),
                    member("Key", ATTRIBUTE_MAP.with(notNull())),
                    member("ConsistentRead", BOOLEAN),
                    member("ProjectionExpression", TEXT),
                    member("ExpressionAttributeNames", NAMES))),
            Map.entry("UpdateItem", operation("UpdateItemInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("TableName", TABLE_NAME),
                    member("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
                    member("ReturnValues", RETURN_VALUES),
                    member("Key", ATTRIBUTE_MAP.with(notNull())),
                    member("ConditionalOperator", CONDITIONAL_OPERATOR),
                    member("Expected", EXPECTED),
                    member("AttributeUpdates", ATTRIBUTE_UPDATES),
                    member("ConditionExpression", TEXT),
                    member("UpdateExpression", TEXT),
                    member("ExpressionAttributeValues", ATTRIBUTE_MAP),
                    member("ExpressionAttributeNames", NAMES),
                    member("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE))),
            Map.entry("DeleteItem", operation("DeleteItemInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("TableName", TABLE_NAME),
                    member("ReturnValues", RETURN_VALUES),
                    member("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
                    member("Key", ATTRIBUTE_MAP.with(notNull())),
                    member("ConditionalOperator", CONDITIONAL_OPERATOR),
                    member("Expected", EXPECTED),
                    member("ConditionExpression", TEXT),
                    member("ExpressionAttributeValues", ATTRIBUTE_MAP),
                    member("ExpressionAttributeNames", NAMES),
                    member("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE))),
            Map.entry("Query", operation("QueryInput",
                    member("Select", SELECT),
                    member("IndexName", NAME),
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("QueryFilter", map(CONDITION)),
                    member("TableName", TABLE_NAME),
                    member("ConditionalOperator", CONDITIONAL_OPERATOR),
                    member("AttributesToGet", ATTRIBUTES_TO_GET),
                    member("Limit", integer(atLeast(1))),
                    member("KeyConditions", map(CONDITION)),
                    member("ExclusiveStartKey", ATTRIBUTE_MAP),
                    member("ConsistentRead", BOOLEAN),
                    member("ScanIndexForward", BOOLEAN),
                    member("KeyConditionExpression", TEXT),
                    member("FilterExpression", TEXT),
                    member("ProjectionExpression", TEXT),
                    member("ExpressionAttributeValues", ATTRIBUTE_MAP),
                    member("ExpressionAttributeNames", NAMES))),
            Map.entry("Scan", operation("ScanInput",
                    member("Select", SELECT),
                    member("IndexName", NAME),
                    member("TotalSegments", integer(atLeast(1), atMost(1_000_000))),
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("TableName", TABLE_NAME),
                    member("ConditionalOperator", CONDITIONAL_OPERATOR),
                    member("ScanFilter", map(CONDITION)),
                    member("Segment", integer(atLeast(0), atMost(999_999))),
                    member("Limit", integer(atLeast(1))),
                    member("AttributesToGet", ATTRIBUTES_TO_GET),
                    member("ExclusiveStartKey", ATTRIBUTE_MAP),
                    member("FilterExpression", TEXT),
                    member("ProjectionExpression", TEXT),
                    member("ExpressionAttributeValues", ATTRIBUTE_MAP),
                    member("ExpressionAttributeNames", NAMES),
                    member("ConsistentRead", BOOLEAN))),
            Map.entry("BatchGetItem", operation("BatchGetItemInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("RequestItems", map(KEYS_AND_ATTRIBUTES, notNull(), minLength(1), TABLE_NAME_KEYS)))),
            Map.entry("BatchWriteItem", operation("BatchWriteItemInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
                    member("RequestItems", map(list(WRITE_REQUEST), notNull(), minLength(1), TABLE_NAME_KEYS,
                            mapValues(maxLength(25), minLength(1)))))),
            Map.entry("TransactWriteItems", operation("TransactWriteItemsInput",
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
                    member("ClientRequestToken", string(minLength(1), maxLength(36))),
                    member("TransactItems", list(structure("TransactWriteItem", List.of(
                            member("Put", transactWrite("Put", "Item")),
                            member("Update", transactWrite("Update", "Key",
                                    member("UpdateExpression", TEXT))),
                            member("Delete", transactWrite("Delete", "Key")),
                            member("ConditionCheck", transactWrite("ConditionCheck", "Key")))),
                            notNull(), minLength(1), maxLength(100))))),
            Map.entry("TransactGetItems", operation("TransactGetItemsInput",
                    member("TransactItems", list(structure("TransactGetItem", List.of(
                            member("Get", structure("Get", List.of(
                                    member("Key", ATTRIBUTE_MAP.with(notNull())),
                                    member("TableName", TABLE_NAME),
                                    member("ProjectionExpression", TEXT),
                                    member("ExpressionAttributeNames", NAMES)), notNull())))),
                            notNull(), minLength(1), maxLength(100))),
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY))),
            Map.entry("UpdateTimeToLive", tableOperation("UpdateTimeToLiveInput",
                    member("TableName", TABLE_NAME_PATTERN),
                    // A missing specification is the service's to report: the framework does not require it.
                    member("TimeToLiveSpecification", structure("TimeToLiveSpecification", List.of(
                            member("AttributeName", string(notNull())),
                            member("Enabled", bool(notNull()))))))),
            Map.entry("DescribeTimeToLive", tableOperation("DescribeTimeToLiveInput",
                    member("TableName", TABLE_NAME_PATTERN))),
            Map.entry("TagResource", operation("TagResourceInput",
                    member("ResourceArn", TEXT),
                    member("Tags", TAGS))),
            Map.entry("UntagResource", operation("UntagResourceInput",
                    member("ResourceArn", TEXT),
                    member("TagKeys", list(string())))),
            Map.entry("ListTagsOfResource", operation("ListTagsOfResourceInput",
                    member("ResourceArn", TEXT),
                    member("NextToken", TEXT))),
            Map.entry("ExecuteStatement", operation("ExecuteStatementInput",
                    member("Statement", STATEMENT),
                    member("Parameters", PARAMETERS),
                    member("ConsistentRead", BOOLEAN),
                    member("NextToken", string(minLength(1), maxLength(32768))),
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
                    member("Limit", integer(atLeast(1))),
                    member("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE))),
            Map.entry("BatchExecuteStatement", operation("BatchExecuteStatementInput",
                    member("Statements", list(structure("BatchStatementRequest", List.of(
                            member("Statement", STATEMENT),
                            member("Parameters", PARAMETERS),
                            member("ConsistentRead", BOOLEAN),
                            member("ReturnValuesOnConditionCheckFailure",
                                    RETURN_VALUES_ON_CONDITION_CHECK_FAILURE))),
                            notNull(), minLength(1), maxLength(25))),
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY))),
            Map.entry("ExecuteTransaction", operation("ExecuteTransactionInput",
                    member("TransactStatements", list(structure("ParameterizedStatement", List.of(
                            member("Statement", STATEMENT),
                            member("Parameters", PARAMETERS),
                            member("ReturnValuesOnConditionCheckFailure",
                                    RETURN_VALUES_ON_CONDITION_CHECK_FAILURE))),
                            notNull(), minLength(1), maxLength(100))),
                    member("ClientRequestToken", string(minLength(1), maxLength(36))),
                    member("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY))));

    private DynamoDbShapes() {
    }

    /** The request shape of an operation, or null for an operation the runtime does not serve. */
    public static Shape request(String operation) {
        return OPERATIONS.get(operation);
    }

    private static Shape operation(String name, Shape.Member... members) {
        return structure(name, List.of(members));
    }

    /** An operation on a table as a whole, whose TableName is checked before the constraints. */
    private static Shape tableOperation(String name, Shape.Member... members) {
        return operation(name, members).namingTableFirst();
    }

    private static Shape keySchema(Shape keyType) {
        return list(structure("KeySchemaElement", List.of(
                member("AttributeName", string(notNull())),
                member("KeyType", keyType))), notNull(), minLength(1), maxLength(2));
    }

    /** An action of TransactWriteItems: its table, its item or key, its condition and their placeholders. */
    private static Shape transactWrite(String name, String itemMember, Shape.Member... more) {
        List<Shape.Member> members = new ArrayList<>(List.of(
                member("TableName", TRANSACT_TABLE_NAME),
                member("ExpressionAttributeValues", ATTRIBUTE_MAP),
                member("ExpressionAttributeNames", NAMES),
                member("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE),
                member("ConditionExpression", TEXT),
                member(itemMember, ATTRIBUTE_MAP.with(notNull()))));
        members.addAll(List.of(more));
        return structure(name, members);
    }
}
