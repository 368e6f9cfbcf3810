package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.clock.MovableClock;
import com.apartmentbooking.local.clock.RuntimeClock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsService;
import com.apartmentbooking.local.lambda.fixtures.EchoHandler;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.sqs.LocalSqs;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A runtime with DynamoDB, SQS and Lambda on one front door, on a controllable clock (or the runtime's own clock,
 * the wall clock plus advances), and the real SDK clients pointed at it. Functions are created through Lambda's API from a zip of the test fixtures' classes.
 */
final class LambdaRuntime implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String ACCOUNT = "123456789012";
    private static final ObjectMapper PAYLOADS = new ObjectMapper();
    private static final String FIXTURES = EchoHandler.class.getPackageName().replace('.', '/');
    private static SdkBytes fixturesZip;

    final MovableClock clock;
    private final Consumer<Duration> advance;
    final Store store;
    final URI endpoint;
    final LocalDynamoDb dynamoDb;
    final LocalSqs sqs;
    final LocalLambda lambda;
    final FrontDoor frontDoor;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)).build();
    final LambdaClient lambdaClient;
    final DynamoDbClient dynamoDbClient;
    final SqsClient sqsClient;

    LambdaRuntime(Store store, int maxInstancesPerFunction) {
        this(store, new LambdaSettings(maxInstancesPerFunction, null, null));
    }

    /** A runtime keeping its state (store and functions' code) in {@code data}, as a restart finds it. */
    LambdaRuntime(Path data, int maxInstancesPerFunction) {
        this(Store.open(data), new LambdaSettings(maxInstancesPerFunction, null, data.resolve("lambda-code")));
    }

    LambdaRuntime(Store store, LambdaSettings settings) {
        this(store, settings, new ControllableClock(Instant.parse("2026-03-01T10:00:00Z")));
    }

    private LambdaRuntime(Store store, LambdaSettings settings, ControllableClock controllable) {
        this(store, settings, controllable, controllable, controllable::advance);
    }

    /** A runtime on the runtime's own clock, which reads the wall clock until it is advanced. */
    static LambdaRuntime onWallClock(Store store, int maxInstancesPerFunction) {
        return onWallClock(store, new LambdaSettings(maxInstancesPerFunction, null, null));
    }

    /** A runtime with {@code settings} on the runtime's own clock, which reads the wall clock until advanced. */
    static LambdaRuntime onWallClock(Store store, LambdaSettings settings) {
        RuntimeClock runtimeClock = new RuntimeClock(java.time.Clock.systemUTC(), new RuntimeClock.OffsetStore() {
            private Duration offset = Duration.ZERO;

            @Override
            public Duration load() {
                return offset;
            }

            @Override
            public void save(Duration moved) {
                offset = moved;
            }
        });
        return new LambdaRuntime(store, settings, runtimeClock, runtimeClock, runtimeClock::advance);
    }

    private LambdaRuntime(Store store, LambdaSettings settings, MovableClock clock, Scheduler scheduler,
            Consumer<Duration> advance) {
        this.clock = clock;
        this.advance = advance;
        this.store = store;
        int port = freePort();
        endpoint = URI.create("http://127.0.0.1:" + port);
        dynamoDb = LocalDynamoDb.start(store, clock, scheduler, REGION);
        sqs = LocalSqs.start(store, clock, REGION, ACCOUNT, endpoint.toString());
        lambda = LocalLambda.start(store, clock, scheduler, REGION, ACCOUNT, endpoint,
                new DynamoDbStreamsService(dynamoDb.service()), sqs.api(),
                settings);
        FrontDoor.Builder builder = FrontDoor.builder().port(port);
        dynamoDb.registerOn(builder);
        sqs.registerOn(builder);
        lambda.registerOn(builder);
        frontDoor = builder.build().start();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));
        lambdaClient = LambdaClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        dynamoDbClient = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http).build();
        sqsClient = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http).build();
    }

    /** Moves the runtime's clock forward, firing the timers due on the way. */
    void advance(Duration duration) {
        advance.accept(duration);
    }

    /** Creates a function of the test fixtures through CreateFunction, as a client would. */
    CreateFunctionResponse createFunction(String name, Class<?> handler, int timeoutSeconds) {
        return createFunction(name, handler, timeoutSeconds, Map.of());
    }

    CreateFunctionResponse createFunction(String name, Class<?> handler, int timeoutSeconds,
            Map<String, String> environment) {
        return lambdaClient.createFunction(request(name, handler.getName() + "::handleRequest", timeoutSeconds,
                environment).build());
    }

    /** A CreateFunction request for code of the test fixtures, 256 MB, java21. */
    static CreateFunctionRequest.Builder request(String name, String handler, int timeoutSeconds,
            Map<String, String> environment) {
        return CreateFunctionRequest.builder().functionName(name).runtime("java21").handler(handler)
                .role("arn:aws:iam::" + ACCOUNT + ":role/" + name + "FunctionRole").memorySize(256)
                .timeout(timeoutSeconds).architecturesWithStrings("x86_64")
                .environment(e -> e.variables(environment)).code(c -> c.zipFile(fixturesZip()));
    }

    /** Publishes version 1 of the function and points a new alias at it, as SAM's AutoPublishAlias does. */
    void createAlias(String function, String alias) {
        lambdaClient.publishVersion(b -> b.functionName(function));
        lambdaClient.createAlias(b -> b.functionName(function).name(alias).functionVersion("1"));
    }

    void createFunctionUrl(String function, String authType) {
        lambdaClient.createFunctionUrlConfig(b -> b.functionName(function).authType(authType));
    }

    static String arn(String name) {
        return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name;
    }

    /** The classes of the fixtures package as a deployment package: all the functions' code. */
    static synchronized SdkBytes fixturesZip() {
        if (fixturesZip == null) {
            Path classes = testClasses();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    Stream<Path> files = Files.walk(classes.resolve(FIXTURES))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fixturesZip = SdkBytes.fromByteArray(bytes.toByteArray());
        }
        return fixturesZip;
    }

    private static Path testClasses() {
        try {
            return Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A RequestResponse invocation through the Invoke API. */
    InvokeResponse invoke(String function, String payload) {
        return lambdaClient.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
    }

    /** An invocation's payload as JSON. */
    static JsonNode json(InvokeResponse response) throws IOException {
        return PAYLOADS.readTree(response.payload().asByteArray());
    }

    /** Stops the runtime; the store stays open for the caller when {@code closeStore} is false. */
    void close(boolean closeStore) {
        lambdaClient.close();
        dynamoDbClient.close();
        sqsClient.close();
        http.close();
        lambda.close();
        frontDoor.close();
        dynamoDb.close();
        if (clock instanceof RuntimeClock runtimeClock) {
            runtimeClock.close();
        }
        if (closeStore) {
            store.close();
        }
    }

    @Override
    public void close() {
        close(true);
    }
}
