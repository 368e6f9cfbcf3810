package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.server.AwsServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TransactWriteItems and TransactGetItems: all-or-nothing, cancellation reasons, idempotency tokens. */
class TransactionsTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void table() {
        ddb.createTable("users");
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'Fred'}}}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void aFailedConditionCancelsEverythingWithReasonsInRequestOrder() {
        AwsServiceException error = ddb.error("TransactionCanceledException", "TransactWriteItems",
                "{'TransactItems':[{'ConditionCheck':{'TableName':'users','Key':{'id':{'S':'Fred'}},"
                        + "'ConditionExpression':'attribute_not_exists(id)','ReturnValuesOnConditionCheckFailure':"
                        + "'ALL_OLD'}},{'Put':{'TableName':'users','Item':{'id':{'S':'Bert'}}}}]}");
        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[ConditionalCheckFailed, None]", error.getMessage());
        assertJson("[{'Item':{'id':{'S':'Fred'}},'Code':'ConditionalCheckFailed',"
                + "'Message':'The conditional request failed'},{'Code':'None'}]",
                error.members().get("CancellationReasons"));
        assertFalse(ddb.call("GetItem", "{'TableName':'users','Key':{'id':{'S':'Bert'}}}").has("Item"));
    }

    @Test
    void allActionsApplyTogether() {
        ddb.call("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'users','Item':{'id':{'S':'Bert'}}}},"
                + "{'Update':{'TableName':'users','Key':{'id':{'S':'Fred'}},'UpdateExpression':'SET age = :a',"
                + "'ExpressionAttributeValues':{':a':{'N':'30'}}}},"
                + "{'Delete':{'TableName':'arn:aws:dynamodb:us-east-1:000000000000:table/users',"
                + "'Key':{'id':{'S':'Nobody'}}}}]}");
        assertJson("[{'Item':{'id':{'S':'Fred'},'age':{'N':'30'}}},{'Item':{'id':{'S':'Bert'}}},{}]",
                ddb.call("TransactGetItems", "{'TransactItems':[{'Get':{'TableName':'users','Key':{'id':{'S':'Fred'}}}},"
                        + "{'Get':{'TableName':'users','Key':{'id':{'S':'Bert'}}}},"
                        + "{'Get':{'TableName':'users','Key':{'id':{'S':'Nobody'}}}}]}").get("Responses"));
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        assertEquals("Transaction request cannot include multiple operations on one item",
                ddb.error("ValidationException", "TransactWriteItems", "{'TransactItems':["
                        + "{'Put':{'TableName':'users','Item':{'id':{'S':'Bert'}}}},"
                        + "{'Delete':{'TableName':'users','Key':{'id':{'S':'Bert'}}}}]}").getMessage());
    }

    @Test
    void missingTableIsResourceNotFoundWithTheShortText() {
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "TransactWriteItems",
                "{'TransactItems':[{'Put':{'TableName':'missing','Item':{'id':{'S':'x'}}}}]}").getMessage());
    }

    @Test
    void aRepeatedClientRequestTokenDoesNotWriteTwice() {
        String request = "{'ClientRequestToken':'token-1','TransactItems':[{'Update':{'TableName':'users',"
                + "'Key':{'id':{'S':'Fred'}},'UpdateExpression':'ADD visits :one',"
                + "'ExpressionAttributeValues':{':one':{'N':'1'}}}}]}";
        ddb.call("TransactWriteItems", request);
        ddb.call("TransactWriteItems", request);
        assertEquals("1", ddb.call("GetItem", "{'TableName':'users','Key':{'id':{'S':'Fred'}}}")
                .at("/Item/visits/N").asText());
        ddb.error("IdempotentParameterMismatchException", "TransactWriteItems", request.replace("Fred", "Bert"));
        ddb.clock.advance(java.time.Duration.ofMinutes(11));
        ddb.call("TransactWriteItems", request);
        assertEquals("2", ddb.call("GetItem", "{'TableName':'users','Key':{'id':{'S':'Fred'}}}")
                .at("/Item/visits/N").asText());
    }

    @Test
    void aRetryIsRecognisedWhateverTheOrderOfItsAttributes() {
        ddb.call("TransactWriteItems", "{'ClientRequestToken':'token-2','TransactItems':[{'Put':{'TableName':'users',"
                + "'Item':{'id':{'S':'Bert'},'age':{'N':'30'},'tags':{'SS':['a','b']}},"
                + "'ConditionExpression':'attribute_not_exists(id)'}}]}");
        assertJson("{}", ddb.call("TransactWriteItems", "{'ClientRequestToken':'token-2','TransactItems':[{'Put':{"
                + "'TableName':'users','Item':{'tags':{'SS':['a','b']},'age':{'N':'30'},'id':{'S':'Bert'}},"
                + "'ConditionExpression':'attribute_not_exists(id)'}}]}"));
        ddb.error("IdempotentParameterMismatchException", "TransactWriteItems", "{'ClientRequestToken':'token-2',"
                + "'TransactItems':[{'Put':{'TableName':'users','Item':{'id':{'S':'Bert'},'age':{'N':'30'},"
                + "'tags':{'SS':['a','b']}},'ConditionExpression':'attribute_exists(id)'}}]}");
    }
}
