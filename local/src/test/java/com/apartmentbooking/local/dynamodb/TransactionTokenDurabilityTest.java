package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ClientRequestToken outlives a restart: a retry after it is recognised for the token's ten minutes. */
class TransactionTokenDurabilityTest {

    private static final String TOKENS = "dynamodb.transactionTokens";
    private static final String REQUEST = "{'ClientRequestToken':'pay-42','TransactItems':[{'Update':{"
            + "'TableName':'counters','Key':{'id':{'S':'c'}},'UpdateExpression':'ADD n :one',"
            + "'ExpressionAttributeValues':{':one':{'N':'1'}}}}]}";

    @TempDir
    Path dataDir;

    @Test
    void aRetryAfterARestartIsAppliedOnce() {
        try (DynamoDbFixture first = new DynamoDbFixture(Store.open(dataDir))) {
            first.createTable("counters");
            assertJson("{}", first.call("TransactWriteItems", REQUEST));
        }
        try (DynamoDbFixture second = new DynamoDbFixture(Store.open(dataDir))) {
            assertJson("{}", second.call("TransactWriteItems", REQUEST));
            assertEquals("1", counter(second));
            assertEquals("Request parameters do not match those of a previous request with the same "
                    + "ClientRequestToken", second.error("IdempotentParameterMismatchException",
                    "TransactWriteItems", REQUEST.replace(":one':{'N':'1'", ":one':{'N':'2'")).getMessage());
            assertEquals("1", counter(second));
        }
    }

    @Test
    void aTokenIsNewAgainTenMinutesAfterItsFirstUseAndLeavesTheStore() {
        try (DynamoDbFixture first = new DynamoDbFixture(Store.open(dataDir))) {
            first.createTable("counters");
            first.call("TransactWriteItems", REQUEST);
        }
        try (DynamoDbFixture second = new DynamoDbFixture(Store.open(dataDir))) {
            second.clock.advance(Duration.ofMinutes(10));
            assertNotNull(second.store.read(view -> view.get(TOKENS, "pay-42")), "ten minutes on this clock");
            second.clock.advance(Duration.ofSeconds(1));
            assertNull(second.store.read(view -> view.get(TOKENS, "pay-42")), "expired tokens leave the store");
            second.call("TransactWriteItems", REQUEST);
            assertEquals("2", counter(second));
        }
    }

    private static String counter(DynamoDbFixture ddb) {
        return ddb.call("GetItem", "{'TableName':'counters','Key':{'id':{'S':'c'}}}").at("/Item/n/N").asText();
    }
}
