package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.appsync.ApiKey;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.template.GraphQLApiSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each user reads once the runtime is ready, grouped by user, with the exact labels the README quotes. */
class StartReportTest {

    private static final String TEMPLATE = """
            Resources:
              ApartmentsTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub "${AWS::StackName}-apartments"
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - AttributeName: id
                      AttributeType: S
                  KeySchema:
                    - AttributeName: id
                      KeyType: HASH
              PaymentWebhookSigningSecret:
                Type: AWS::SecretsManager::Secret
                Properties:
                  Name: !Sub "${AWS::StackName}/payment-webhook"
                  SecretString: the-template-secret
              PaymentWebhookFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: com.example.Webhook::handleRequest
                  Runtime: java21
                  CodeUri: code.jar
                  FunctionUrlConfig:
                    AuthType: NONE
                  Environment:
                    Variables:
                      PAYMENT_WEBHOOK_SECRET_ARN: !Ref PaymentWebhookSigningSecret
            """ + PingApiTemplate.RESOURCES;

    private static final String SAMPLE_DATA = """
            {"ApartmentsTable": [
              {"id": {"S": "apt-002"}, "status": {"S": "VACANT"}},
              {"id": {"S": "apt-001"}, "status": {"S": "VACANT"}},
              {"id": {"S": "apt-003"}, "status": {"S": "VACANT"}}
            ]}""";

    @TempDir
    Path directory;
    private RuntimeOptions options;

    @BeforeEach
    void writeTemplate() throws IOException {
        Path template = Files.writeString(directory.resolve("template.yaml"), TEMPLATE);
        writeJar(directory.resolve("code.jar"));
        Path sampleData = Files.writeString(directory.resolve("sample-data.json"), SAMPLE_DATA);
        options = RuntimeOptions.defaults(template).withPort(0).withDataDirectory(directory.resolve("data"))
                .withSampleData(sampleData);
    }

    @Test
    void eachUserReadsWhatTheyNeedUnderTheirOwnHeading() {
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            String endpoint = runtime.endpoint().toString();
            GraphQLApiSpec api = runtime.template().graphqlApi("GraphQLApi");
            String keyValue = runtime.appSync().service().templateKeyValue("ApiKey");
            ApiKey key = runtime.appSync().directory().apiKey(api.apiId(), keyValue).orElseThrow();
            String ca = directory.resolve("data").resolve("tls").resolve("ca.pem").toString();

            assertEquals("""
                    Local runtime ready in 1234 ms at %1$s

                    Front-end developers
                      GraphQL API local-api: %1$s/graphql/%2$s
                        real-time: ws://%3$s/graphql/%2$s/realtime
                        API key (x-api-key): %4$s  expires %5$s

                    Payment integrator
                      webhook URL (POST): %1$s/lambda-url/local-PaymentWebhookFunction/payments/webhook
                      webhook secret: the-template-secret  (Secrets Manager secret local/payment-webhook)
                      signature header: Payment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with \
                    the secret>

                    Operators (AWS SDKs, and the AWS CLI v2 from 2.13; older versions take --endpoint-url %1$s)
                      export AWS_ENDPOINT_URL=%1$s AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local \
                    AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
                      console: %1$s/console  (executions live, each drawn as a graph with its history; tables, \
                    queues, the clock)
                      function local-PaymentWebhookFunction  URL %1$s/lambda-url/local-PaymentWebhookFunction/
                      clock: GET %1$s/_local/clock, POST %1$s/_local/clock/advance {"seconds": n} \
                    (Content-Type: application/json)
                      HTTPS and WSS on the same port: https://%3$s  (clients trust the CA %6$s, made now: see the \
                    README)
                      data: %7$s, kept between runs (--reset starts afresh)

                    Next steps
                      ./booking reserve apt-001 --endpoint %1$s
                      ./booking watch --booking <the booking id it printed> --endpoint %1$s
                    """.formatted(endpoint, api.apiId(), runtime.endpoint().getAuthority(), key.id(),
                    Instant.ofEpochSecond(key.expires()), ca, directory.resolve("data")), report(runtime));
        }
    }

    @Test
    void theWebhookSecretIsTheOneSecretsManagerHoldsNowAndTheNextStepAVacantApartment() throws Exception {
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            runtime.secretsManager().protocol().handle("PutSecretValue", Json.WIRE.readTree(
                    "{\"SecretId\": \"local/payment-webhook\", \"SecretString\": \"the-rotated-secret\"}"),
                    RequestContext.internal("us-east-1"));
            runtime.dynamoDb().api().call("PutItem", Json.WIRE.readTree("{\"TableName\": \"local-apartments\", "
                    + "\"Item\": {\"id\": {\"S\": \"apt-001\"}, \"status\": {\"S\": \"RESERVED\"}}}"));

            String report = report(runtime);

            assertTrue(report.contains("\n  webhook secret: the-rotated-secret  (Secrets Manager secret "
                    + "local/payment-webhook)\n"), report);
            assertTrue(report.contains("\n  ./booking reserve apt-002 --endpoint " + runtime.endpoint() + "\n"), report);
        }
    }

    @Test
    void withoutTheBookingSystemsResourcesOnlyTheOperatorsGroupIsPrinted() throws Exception {
        RuntimeOptions oneTable = RuntimeOptions.defaults(OneTableTemplate.writeTo(Files.createDirectory(
                directory.resolve("one-table")))).withPort(0);
        try (LocalRuntime runtime = LocalRuntime.start(oneTable)) {
            String report = report(runtime);

            assertTrue(report.startsWith("Local runtime ready in 1234 ms at " + runtime.endpoint() + "\n\nOperators ("),
                    report);
            assertTrue(report.endsWith("\n  data: in memory, gone when stopped\n"), report);
        }
    }

    private static String report(LocalRuntime runtime) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StartReport.print(runtime, 1234, new PrintStream(text, true, StandardCharsets.UTF_8));
        return text.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    /** A function's code as Lambda takes it; the report never runs the function. */
    private static void writeJar(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("com/example/README.txt"));
            zip.write("not run".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
