package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;

/** DynamoDB's errors of PartiQL statements, each worded in one place. */
final class PartiqlErrors {

    static final String DUPLICATE_ITEM = "Duplicate primary key exists in table";

    private PartiqlErrors() {
    }

    /** A statement the parser cannot read; {@code detail} says what it stumbled on. */
    static DynamoDbException malformed(String detail) {
        return DynamoDbException.validation("Statement wasn't well formed, can't be processed: " + detail);
    }

    static DynamoDbException parameterCount() {
        return DynamoDbException.validation("Number of parameters in request and statement don't match.");
    }

    /** UPDATE and DELETE (and the reads of batches and transactions) name exactly one item. */
    static DynamoDbException keyEquality() {
        return DynamoDbException.validation("Where clause does not contain a mandatory equality on all key attributes");
    }

    static DynamoDbException keyType(String attribute) {
        return DynamoDbException.validation("Key attribute's data type should match its data type in table's schema: "
                + "Key " + attribute);
    }

    static DynamoDbException duplicateItem() {
        return new DynamoDbException("DuplicateItemException", DUPLICATE_ITEM, 400);
    }

    static DynamoDbException unsupported(String what) {
        return DynamoDbException.validation("Unsupported operation: " + what);
    }

    static DynamoDbException duplicateTupleKey(String key) {
        return DynamoDbException.validation("Duplicate keys in tuple. Key: " + key);
    }

    static DynamoDbException deleteReturning(String returning) {
        return DynamoDbException.validation("Invalid returning clause: RETURNING " + returning
                + " *. Only RETURNING ALL OLD * is allowed in DELETE statements.");
    }

    static DynamoDbException invalidNextToken() {
        return DynamoDbException.validation("Invalid NextToken");
    }

    static DynamoDbException mixedBatch() {
        return DynamoDbException.validation("Read and write requests together in the same batch is not supported.");
    }

    static DynamoDbException mixedTransaction() {
        return DynamoDbException.validation(
                "ExecuteTransaction API does not support both read and write operations in the same request.");
    }

    static DynamoDbException batchSelectNotSingleItem() {
        return DynamoDbException.validation("Only single item select is supported");
    }

    static DynamoDbException transactionSelectWithoutKey() {
        return DynamoDbException.validation(
                "Select statements within ExecuteTransaction must specify the primary key in the where clause.");
    }

    static DynamoDbException transactionReadsIndex() {
        return DynamoDbException.validation("Reads on indices are not supported within transactions.");
    }

    static DynamoDbException existsOutsideTransaction() {
        return DynamoDbException.validation("EXISTS can only be used in ExecuteTransaction write requests.");
    }

    static DynamoDbException existsWithoutKey() {
        return DynamoDbException.validation("EXISTS() must contain a single item read with additional condition");
    }

    static DynamoDbException existsOnIndex() {
        return DynamoDbException.validation("Operations on indices are not supported in transactions");
    }

    static DynamoDbException consistentReadOnGlobalIndex() {
        return DynamoDbException.validation("Strongly consistent read is not supported on Global Secondary Indexes");
    }

    static DynamoDbException emptyBag() {
        return DynamoDbException.validation("Empty bags are not supported");
    }

    static DynamoDbException bagType() {
        return DynamoDbException.validation(
                "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags");
    }

    static DynamoDbException insertNotTuple() {
        return DynamoDbException.validation("Unsupported format in item expression. Please use struct format {...} "
                + "to express item values for insert statement.");
    }

    static DynamoDbException insertReturning() {
        return DynamoDbException.validation("RETURNING is not supported in INSERT");
    }

    static DynamoDbException starAndColumns() {
        return DynamoDbException.validation(
                "Other attributes should not be present in the projection when '*' is used.");
    }

    static DynamoDbException orderByWithoutWhere() {
        return DynamoDbException.validation("Must have WHERE clause in the statement when using ORDER BY clause.");
    }

    static DynamoDbException orderByWithoutHashKey() {
        return DynamoDbException.validation("Must have at least one non-optional hash key condition in WHERE clause "
                + "when using ORDER BY clause.");
    }

    static DynamoDbException orderByNonKey(String attribute) {
        return DynamoDbException.validation("Variable reference " + attribute
                + " in ORDER BY clause must be part of the primary key");
    }

    static DynamoDbException isType(String type) {
        return DynamoDbException.validation("Unsupported data type for IS operator: " + type + ". Supported data "
                + "types are [MISSING, NULL, BOOLEAN, BLOB, STRING, NUMERIC, STRUCT, TUPLE, LIST]");
    }

    static DynamoDbException returningStar() {
        return DynamoDbException.validation(
                "Expected '*' after ( MODIFIED | ALL ) ( NEW | OLD ) in RETURNING clause");
    }

    static DynamoDbException notBoolean() {
        return DynamoDbException.validation("WHERE clause must contain an expression that resolves to a boolean");
    }

    static DynamoDbException duplicateColumn(String name) {
        return DynamoDbException.validation("Duplicate identifiers in select clause: " + name);
    }

    static DynamoDbException unrecognizedFunction(String name) {
        return DynamoDbException.validation("Unrecognized function: " + name);
    }

    /** SET_ADD and SET_DELETE: {@code operation} is ADD or DELETE. */
    static DynamoDbException setOperationArguments(String operation) {
        return DynamoDbException.validation("SET_" + operation + " must have exactly two arguments");
    }

    static DynamoDbException setOperationTarget(String operation) {
        return DynamoDbException.validation("The first argument to SET_" + operation
                + " must equal the assignment value");
    }

    static DynamoDbException setOperationValue(String operation) {
        return DynamoDbException.validation("The second argument to SET_" + operation
                + " must be a value with type SET");
    }

    static DynamoDbException tooMany(String member, int count, int max) {
        return DynamoDbException.validation("1 validation error detected: Value at '" + member + "' failed to "
                + "satisfy constraint: Member must have length " + (count < 1 ? "greater than or equal to 1"
                : "less than or equal to " + max));
    }
}
