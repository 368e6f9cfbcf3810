package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.RecordedAws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The errors recorded on AWS (conformance/dynamodb/errors.json, test resources) that expressions and values produce:
 * the failed BETWEEN condition with the old item in the body, and the cancelled transaction's reason list.
 */
class RecordedAwsErrorsTest {

    private static JsonNode recorded(String errorCode) throws IOException {
        Path errors = RecordedAws.path("dynamodb/errors.json");
        for (JsonNode error : Wire.json(Files.readString(errors)).get("errors")) {
            if (error.get("error_code").asText().equals(errorCode)) {
                return error;
            }
        }
        throw new IllegalStateException("no recorded " + errorCode);
    }

    @Test
    void failedBetweenConditionAnswersWithTheRecordedTextAndItem() throws IOException {
        JsonNode error = recorded("ConditionalCheckFailedException");
        JsonNode oldItem = error.get("other_response_members").get("Item");
        ExpressionContext context = Wire.values("{\":lo\":{\"N\":\"500\"},\":hi\":{\"N\":\"600\"}}");
        Condition condition = Expressions.condition("price between :lo and :hi", context);
        context.assertAllUsed();

        var item = AttributeValues.itemFromJson(oldItem);
        assertFalse(condition.test(item));
        DynamoDbException e = DynamoDbException.conditionalCheckFailed(item);
        assertEquals(error.get("error_code").asText(), e.code());
        assertEquals(error.get("message").asText(), e.getMessage());
        assertEquals(error.get("http_status").asInt(), e.status());
        assertEquals(oldItem, AttributeValues.itemToJson(e.item()));
    }

    @Test
    void cancelledTransactionListsReasonsInActionOrder() throws IOException {
        JsonNode error = recorded("TransactionCanceledException");
        Condition check = Expressions.condition("attribute_not_exists(Username)", ExpressionContext.empty());
        boolean passes = check.test(Wire.item("{\"Username\":{\"S\":\"Fred\"}}"));
        assertFalse(passes);

        DynamoDbException e = DynamoDbException.transactionCanceled(List.of(
                DynamoDbException.CancellationReason.conditionalCheckFailed(Map.of()),
                DynamoDbException.CancellationReason.NONE));
        assertEquals(error.get("error_code").asText(), e.code());
        assertEquals(error.get("message").asText(), e.getMessage());
        assertEquals(2, e.cancellationReasons().size());
    }
}
