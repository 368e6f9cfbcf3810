package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.service.ServiceException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An error DynamoDB answers with: the exception name that goes after the '#' of {@code __type}, AWS's exact
 * message and the HTTP status. Every layer of the DynamoDB runtime throws this one type, so the protocol adapter
 * has a single place that turns errors into AWS's error shape.
 *
 * <p>Two errors carry more than a message: a failed condition may return the current item
 * ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}), and a cancelled transaction carries one reason per action.
 */
public final class DynamoDbException extends ServiceException {

    private static final long serialVersionUID = 1L;

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

    /** The code of {@link #accessDenied}, in the request framework's namespace. */
    public static final String ACCESS_DENIED = "com.amazon.coral.service#AccessDeniedException";

    private final transient Map<String, AttributeValue> item;
    private final transient List<CancellationReason> cancellationReasons;

    public DynamoDbException(String code, String message, int status) {
        this(code, message, status, null, List.of());
    }

    private DynamoDbException(String code, String message, int status, Map<String, AttributeValue> item,
                              List<CancellationReason> cancellationReasons) {
        super(code, message, status);
        this.item = item == null ? null : Map.copyOf(item);
        this.cancellationReasons = List.copyOf(cancellationReasons);
    }

    public static DynamoDbException validation(String message) {
        return new DynamoDbException("ValidationException", message, 400);
    }

    public static DynamoDbException conditionalCheckFailed() {
        return conditionalCheckFailed(null);
    }

    /** {@code item} is the current item when the request asked for it with ALL_OLD, otherwise null. */
    public static DynamoDbException conditionalCheckFailed(Map<String, AttributeValue> item) {
        return new DynamoDbException("ConditionalCheckFailedException", "The conditional request failed", 400,
                item, List.of());
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
        return new DynamoDbException("TransactionCanceledException",
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
        return new DynamoDbException(ACCESS_DENIED, message, 400);
    }

    public static DynamoDbException limitExceeded(String message) {
        return new DynamoDbException("LimitExceededException", message, 400);
    }

    public static DynamoDbException internalServerError(String message) {
        return new DynamoDbException("InternalServerError", message, 500);
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
