package com.apartmentbooking.bench.runtime.targets;

import com.apartmentbooking.bench.runtime.BookingSeed;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * The three machines of issue #14 on one runtime: the one-state Pass machine, the 3-step machine (Pass, DynamoDB
 * putItem, DynamoDB getItem, Choice to Succeed, on a table made here) and the template's booking workflow (on
 * apartments and bookings seeded here, as the reservation API leaves them) with a zero payment window: the workflow
 * takes 10 seconds at least, so while its executions run the runtime's clock moves on by 10 seconds every 20 ms,
 * and each one waits no longer than that step (much as it would on a window of zero).
 */
final class Workloads implements AutoCloseable {

    static final String STEPS_TABLE = "bench-steps";
    private static final String ROLE = "arn:aws:iam::000000000000:role/bench";
    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String STEPS = """
            {"StartAt":"Prepare","States":{
              "Prepare":{"Type":"Pass","Parameters":{"id.$":"$.id","note":"a bench item of about a hundred bytes, \
            written by the putItem step and read back"},"Next":"Put"},
              "Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Parameters":{"TableName":"%s",\
            "Item":{"id":{"S.$":"$.id"},"note":{"S.$":"$.note"}}},"ResultPath":null,"Next":"Get"},
              "Get":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:getItem","Parameters":{"TableName":"%s",\
            "Key":{"id":{"S.$":"$.id"}}},"ResultPath":"$.read","Next":"Found"},
              "Found":{"Type":"Choice","Choices":[{"Variable":"$.read.Item","IsPresent":true,"Next":"Done"}],\
            "Default":"Missing"},
              "Done":{"Type":"Succeed"},
              "Missing":{"Type":"Fail","Error":"ItemMissing"}}}""".formatted(STEPS_TABLE, STEPS_TABLE);

    private static final int PAYMENT_WINDOW_SECONDS = 10;

    private final RuntimeProcess runtime;
    private final SfnClient sfn;
    private final DynamoDbClient dynamoDb;
    private final int threads;

    Workloads(RuntimeProcess runtime, int threads) {
        this.runtime = runtime;
        this.sfn = Clients.sfn(runtime.endpoint());
        this.dynamoDb = Clients.dynamoDb(runtime.endpoint());
        this.threads = threads;
    }

    String createPass() {
        return sfn.createStateMachine(c -> c.name("bench-pass").definition(PASS).roleArn(ROLE)).stateMachineArn();
    }

    String createSteps() {
        dynamoDb.createTable(c -> c.tableName(STEPS_TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamoDb.waiter().waitUntilTableExists(d -> d.tableName(STEPS_TABLE));
        return sfn.createStateMachine(c -> c.name("bench-steps").definition(STEPS).roleArn(ROLE)).stateMachineArn();
    }

    String bookingWorkflow() {
        return sfn.listStateMachines().stateMachines().stream()
                .filter(machine -> machine.name().endsWith("BookingWorkflow")).findFirst()
                .map(StateMachineListItem::stateMachineArn).orElseThrow();
    }

    ExecutionRun pass(String arn, int count) throws Exception {
        return ExecutionRun.of(sfn, runtime.pid(), arn, count, threads, i -> "{}");
    }

    /** {@code prefix} keeps each run's items apart. */
    ExecutionRun steps(String arn, String prefix, int count) throws Exception {
        return ExecutionRun.of(sfn, runtime.pid(), arn, count, threads, i -> "{\"id\":\"" + prefix + i + "\"}");
    }

    /** Seeds {@code count} apartments and bookings under {@code prefix}, then runs the workflow on each. */
    ExecutionRun booking(String arn, String prefix, int count) throws Exception {
        BookingSeed.seed(dynamoDb, prefix, count, PAYMENT_WINDOW_SECONDS);
        return ExecutionRun.of(sfn, runtime.pid(), arn, count, threads, i -> "{\"bookingId\":\"" + prefix + "b" + i
                + "\",\"apartmentId\":\"" + prefix + "a" + i + "\",\"customerId\":\"c" + i
                + "\",\"requestedAt\":\"2026-01-01T00:00:00Z\",\"paymentWindowSeconds\":" + PAYMENT_WINDOW_SECONDS + "}",
                () -> runtime.advanceClock(PAYMENT_WINDOW_SECONDS));
    }

    /** How many executions of the machine ListExecutions shows. */
    int listed(String arn) {
        return sfn.listExecutionsPaginator(l -> l.stateMachineArn(arn).maxResults(1000)).executions().stream()
                .mapToInt(execution -> 1).sum();
    }

    @Override
    public void close() {
        sfn.close();
        dynamoDb.close();
    }
}
