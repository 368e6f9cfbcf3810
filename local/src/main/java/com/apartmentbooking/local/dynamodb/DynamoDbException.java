package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.service.ServiceException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An error DynamoDB answers with: the exception name, the namespace AWS puts before it in {@code __type}, AWS's
 * exact message and the HTTP status. Every layer of the DynamoDB runtime throws this one type, so the protocol
 * adapter has a single place that turns errors into AWS's error shape.
 *
 * <p>Three namespaces: DynamoDB's own errors ({@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException},
 * ...), the validation of AWS's request framework ({@code com.amazon.coral.validate#ValidationException}) and the
 * framework's other errors ({@code com.amazon.coral.service#SerializationException}, ...).
 *
 * <p>Two errors carry more than a message: a failed condition may return the current item
 * ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}), and a cancelled transaction carries one reason per action.
 */
public final class DynamoDbException extends ServiceException {

    private static final long serialVersionUID = 1L;

    /** The namespace of DynamoDB's own errors. */
    public static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    /** The namespace of the request framework's validation errors. */
    public static final String VALIDATION = "com.amazon.coral.validate#";
    /** The namespace of the request framework's other errors (reading the request, unknown operations). */
    public static final String FRAMEWORK = "com.amazon.coral.service#";

    /**
     * Why one action of a transaction failed, in AWS's {@code CancellationReasons} shape; {@code code} is
     * {@code "None"} for an action that did not fail, and {@code message} and {@code item} are then null.
     */
    public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {

        public static final CancellationReason NONE = new CancellationReason("None", null, null);

        public CancellationReason {
            item = item == null ? null : Map.copyOf(item);
        }

        public static CancellationReason conditionalCheckFailed(Map<String, AttributeValue> item) {
            return new CancellationReason("ConditionalCheckFailed", "The conditional request failed", item);
        }
    }

    private final String namespace;
    private final transient Map<String, AttributeValue> item;
    private final transient List<CancellationReason> cancellationReasons;

    /** One of DynamoDB's own errors. */
    public DynamoDbException(String code, String message, int status) {
        this(DYNAMODB, code, message, status, null, List.of());
    }

    private DynamoDbException(String namespace, String code, String message, int status,
                              Map<String, AttributeValue> item, List<CancellationReason> cancellationReasons) {
        super(code, message, status);
        this.namespace = namespace;
        this.item = item == null ? null : Map.copyOf(item);
        this.cancellationReasons = List.copyOf(cancellationReasons);
    }

    public static DynamoDbException validation(String message) {
        return new DynamoDbException(VALIDATION, "ValidationException", message, 400, null, List.of());
    }

    /** A request member AWS's framework cannot read as its type; AWS's body names it {@code Message}. */
    public static DynamoDbException serialization(String message) {
        return new DynamoDbException(FRAMEWORK, "SerializationException", message, 400, null, List.of());
    }

    /** An operation DynamoDB does not have; AWS answers it without a message. */
    public static DynamoDbException unknownOperation() {
        return new DynamoDbException(FRAMEWORK, "UnknownOperationException", null, 400, null, List.of());
    }

    public static DynamoDbException conditionalCheckFailed() {
        return conditionalCheckFailed(null);
    }

    /** {@code item} is the current item when the request asked for it with ALL_OLD, otherwise null. */
    public static DynamoDbException conditionalCheckFailed(Map<String, AttributeValue> item) {
        return new DynamoDbException(DYNAMODB, "ConditionalCheckFailedException", "The conditional request failed",
                400, item, List.of());
    }

    public static DynamoDbException resourceNotFound(String message) {
        return new DynamoDbException("ResourceNotFoundException", message, 400);
    }

    public static DynamoDbException resourceInUse(String message) {
        return new DynamoDbException("ResourceInUseException", message, 400);
    }

    /** AWS lists the reason codes in action order inside the message, e.g. {@code [ConditionalCheckFailed, None]}. */
    public static DynamoDbException transactionCanceled(List<CancellationReason> reasons) {
        String codes = reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]"));
        return new DynamoDbException(DYNAMODB, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, 400,
                null, reasons);
    }

    public static DynamoDbException transactionConflict(String message) {
        return new DynamoDbException("TransactionConflictException", message, 400);
    }

    public static DynamoDbException idempotentParameterMismatch(String message) {
        return new DynamoDbException("IdempotentParameterMismatchException", message, 400);
    }

    public static DynamoDbException itemCollectionSizeLimitExceeded(String message) {
        return new DynamoDbException("ItemCollectionSizeLimitExceededException", message, 400);
    }

    /** The request framework's refusal of an action on a resource; its body names the message {@code Message}. */
    public static DynamoDbException accessDenied(String message) {
        return new DynamoDbException(FRAMEWORK, "AccessDeniedException", message, 400, null, List.of());
    }

    public static DynamoDbException limitExceeded(String message) {
        return new DynamoDbException("LimitExceededException", message, 400);
    }

    public static DynamoDbException internalServerError(String message) {
        return new DynamoDbException("InternalServerError", message, 500);
    }

    /** The namespace AWS puts before the code in {@code __type}, ending with '#'. */
    public String namespace() {
        return namespace;
    }

    /** The error's {@code __type} on the wire: its namespace and code. */
    public String type() {
        return namespace + code();
    }

    /** Whether AWS's body names the message {@code Message}, as the framework's SerializationException and AccessDeniedException do. */
    public boolean capitalizedMessage() {
        return FRAMEWORK.equals(namespace)
                && ("SerializationException".equals(code()) || "AccessDeniedException".equals(code()));
    }

    /** The item returned with a failed condition, or null. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /** One reason per transaction action, empty for other errors. */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }
}
