package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.appsync.LocalAppSync;
import com.apartmentbooking.local.clock.ClockEndpoint;
import com.apartmentbooking.local.clock.RuntimeClock;
import com.apartmentbooking.local.clock.StoredClockOffset;
import com.apartmentbooking.local.console.ConsoleHandler;
import com.apartmentbooking.local.console.ConsoleSettings;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.dynamodbstreams.LocalDynamoDbStreams;
import com.apartmentbooking.local.events.EventTargets;
import com.apartmentbooking.local.events.LocalEvents;
import com.apartmentbooking.local.lambda.LambdaSettings;
import com.apartmentbooking.local.lambda.LocalLambda;
import com.apartmentbooking.local.secretsmanager.LocalSecretsManager;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.AccessKey;
import com.apartmentbooking.local.server.SigV4Verifier;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.server.tls.TlsMaterial;
import com.apartmentbooking.local.sqs.LocalSqs;
import com.apartmentbooking.local.states.LocalStates;
import com.apartmentbooking.local.states.StatesIntegrations;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.template.EventBusSpec;
import com.apartmentbooking.local.template.EventRuleSpec;
import com.apartmentbooking.local.template.FunctionSpec;
import com.apartmentbooking.local.template.QueueSpec;
import com.apartmentbooking.local.template.ResolvedTemplate;
import com.apartmentbooking.local.template.SecretSpec;
import com.apartmentbooking.local.template.StackSettings;
import com.apartmentbooking.local.template.StateMachineSpec;
import com.apartmentbooking.local.template.TableSpec;
import com.apartmentbooking.local.template.TemplateLoader;
import com.apartmentbooking.local.template.TemplateYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole runtime of DESIGN §5, assembled from a template: one store and clock, the services, the template's
 * resources created through the services' APIs, and the front door that serves them all on one port.
 */
public final class LocalRuntime implements AutoCloseable {

    /** One line of the start-up report: a service (or step) and how long it took to get ready. */
    public record Readiness(String name, long millis) {
    }

    private final RuntimeOptions options;
    private final Consumer<Readiness> onReady;
    private final List<Readiness> readiness = new ArrayList<>();
    private final List<AutoCloseable> closeInReverse = new ArrayList<>();
    private TemplateProvisioner provisioner;
    /** The template file as parsed once per start, resolved twice. */
    private Map<String, Object> templateText;
    private ResolvedTemplate template;
    private RuntimeClock clock;
    private LocalDynamoDb dynamoDb;
    private LocalDynamoDbStreams dynamoDbStreams;
    private LocalSqs sqs;
    private LocalSecretsManager secretsManager;
    private LocalLambda lambda;
    private LocalStates states;
    private LocalEvents events;
    private LocalAppSync appSync;
    private FrontDoor frontDoor;
    private URI endpoint;

    private LocalRuntime(RuntimeOptions options, Consumer<Readiness> onReady) {
        this.options = options;
        this.onReady = onReady;
    }

    /** Starts everything and returns once the front door answers; the template's resources exist by then. */
    public static LocalRuntime start(RuntimeOptions options) {
        return start(options, ready -> { });
    }

    /**
     * Starts everything as {@link #start(RuntimeOptions)} does, telling {@code onReady} of each service (or step) as
     * it becomes ready, on the starting thread.
     *
     * @throws PortInUseException when the front door's port is taken, before anything else starts
     * @throws DataDirectoryException when the data directory is another runtime's, in use, or cannot be read
     */
    public static LocalRuntime start(RuntimeOptions options, Consumer<Readiness> onReady) {
        LocalRuntime runtime = new LocalRuntime(options, onReady);
        try {
            runtime.startAll();
        } catch (RuntimeException | Error failure) {
            runtime.close();
            throw failure;
        }
        return runtime;
    }

    private void startAll() {
        int port = options.port() == 0 ? freePort(options.bindAddress())
                : FrontDoorPort.requireFree(options.bindAddress(), options.port());
        endpoint = URI.create("http://" + options.bindAddress() + ":" + port);
        StackSettings stack = new StackSettings(options.stackName(), options.region(), options.accountId(), endpoint);
        Store store = timed("store", this::openStore);
        closeInReverse.add(store);
        provisioner = new TemplateProvisioner(options.region(), new FunctionJars(store, java.time.Clock.systemUTC()));
        // Issuing a certificate and loading the JDK's TLS take a few hundred milliseconds of one core: done beside
        // the other steps, once the data directory is this runtime's (its certificate is kept there), and waited
        // for on close, so a failed start leaves nothing writing into the directory.
        CompletableFuture<TlsMaterial> tlsMaterial = CompletableFuture.supplyAsync(TlsMaterial::loadTlsEngine)
                .thenApply(loaded -> options.tlsDirectory() == null ? TlsMaterial.inMemory(options.bindAddress())
                        : TlsMaterial.inDirectory(options.tlsDirectory(), options.bindAddress()));
        closeInReverse.add(() -> tlsMaterial.handle((material, failure) -> null).join());
        clock = new RuntimeClock(java.time.Clock.systemUTC(), new StoredClockOffset(store));
        closeInReverse.add(clock);
        String region = options.region();
        String account = options.accountId();
        dynamoDb = timed("DynamoDB", () -> LocalDynamoDb.start(store, clock, clock, region,
                options.tableStatusDelay()));
        closeInReverse.add(dynamoDb);
        dynamoDbStreams = new LocalDynamoDbStreams(dynamoDb.service());
        sqs = timed("SQS", () -> LocalSqs.start(store, clock, region, account, endpoint.toString()));
        secretsManager = timed("Secrets Manager", () -> LocalSecretsManager.start(store, clock, region, account));
        lambda = timed("Lambda", () -> LocalLambda.start(store, clock, clock, region, account, endpoint,
                dynamoDbStreams.api(), sqs.api(),
                new LambdaSettings(options.maxInstancesPerFunction(), logDirectory(), codeDirectory())));
        closeInReverse.add(lambda);
        // Before the template: an API key's value in the template is the key this data directory serves.
        appSync = timed("AppSync", () -> LocalAppSync.start(store, clock, region, account, endpoint, lambda.api(),
                AcceptedCredentials.of(account, options.credentials())));
        template = timed("template", () -> {
            templateText = TemplateYaml.read(options.template());
            return TemplateLoader.load(options.template(), templateText, options.parameterOverrides(), stack,
                    appSync.service()::templateKeyValue);
        });
        timedStep("tables", this::provisionTables);
        Map<String, String> secretArns = timed("secrets", this::provisionSecrets);
        // The tables' streams and the secrets exist now: resolve the template again with their real ARNs.
        Map<String, String> streamArns = provisioner.streamArns(dynamoDb.protocol(),
                template.tables());
        if (!streamArns.isEmpty() || !secretArns.isEmpty()) {
            template = timed("template ARNs", () -> TemplateLoader.load(options.template(), templateText,
                    options.parameterOverrides(), stack.withStreamArns(streamArns).withSecretArns(secretArns),
                    appSync.service()::templateKeyValue));
        }
        LateBoundEvents eventBridge = new LateBoundEvents();
        states = timed("Step Functions", () -> LocalStates.start(store, clock, clock, region, account,
                new StatesIntegrations(dynamoDb.api(), eventBridge, sqs.api(), lambda.api())));
        closeInReverse.add(states);
        events = timed("EventBridge", () -> LocalEvents.start(store, clock, clock, region, account,
                new EventTargets(states.api(), lambda.api(), sqs.api())));
        closeInReverse.add(events);
        eventBridge.bind(events.api());

        timedStep("template resources", this::provision);

        AcceptedCredentials credentials = AcceptedCredentials.of(account, options.credentials());
        // The console signs with the README's key id, whose secret --credentials may have replaced.
        AccessKey consoleKey = credentials.key(AcceptedCredentials.README_KEY.accessKeyId()).orElseThrow();
        FrontDoor.Builder door = FrontDoor.builder().port(port).bindAddress(options.bindAddress())
                .allowedHosts(options.allowedHosts()).allowedOrigins(options.allowedOrigins())
                .tls(timed("TLS certificate", () -> awaitTls(tlsMaterial)))
                .signatures(new SigV4Verifier(credentials, clock))
                .route(ClockEndpoint.PATH, new ClockEndpoint(clock))
                .route(ConsoleHandler.PATH,
                        new ConsoleHandler(new ConsoleSettings(region, consoleKey)))
                .route(UnknownOperatorPath.PREFIX, new UnknownOperatorPath())
                .healthCheck("clock", clock::problem);
        dynamoDb.registerOn(door);
        dynamoDbStreams.registerOn(door);
        sqs.registerOn(door);
        secretsManager.registerOn(door);
        lambda.registerOn(door);
        states.registerOn(door);
        events.registerOn(door);
        appSync.registerOn(door);
        frontDoor = timed("front door", () -> FrontDoorPort.start(options.bindAddress(), port,
                () -> door.build().start()));
        closeInReverse.add(frontDoor);
        // After the front door: a function may call the runtime while it initialises (the payment function reads
        // its secret), and would fail to start if nothing listened yet.
        if (options.warmFunctions()) {
            timedStep("function instances", this::warmFunctions);
        }
    }

    private void provisionTables() {
        SampleData sampleData = options.sampleData() == null ? null : SampleData.read(options.sampleData(), template);
        for (TableSpec table : template.tables()) {
            boolean created = provisioner.table(dynamoDb, table);
            if (created && sampleData != null) {
                sampleData.seed(dynamoDb.protocol(), options.region(), table.logicalId(), table.tableName());
            }
        }
    }

    /** Creates the template's secrets; by name, the ARN of each. */
    private Map<String, String> provisionSecrets() {
        Map<String, String> arns = new LinkedHashMap<>();
        for (SecretSpec secret : template.secrets()) {
            arns.put(secret.name(), provisioner.secret(secretsManager.protocol(), secret));
        }
        return arns;
    }

    private void provision() {
        for (QueueSpec queue : template.queues()) {
            provisioner.queue(sqs.protocol(), queue);
        }
        for (FunctionSpec function : template.functions()) {
            provisioner.function(lambda.operations(), function, "arn:aws:iam::" + options.accountId() + ":role/"
                    + function.logicalId() + "Role");
        }
        for (EventBusSpec bus : template.eventBuses()) {
            provisioner.eventBus(events.protocol(), bus);
        }
        for (StateMachineSpec machine : template.stateMachines()) {
            provisioner.stateMachine(states.protocol(), machine, "arn:aws:iam::" + options.accountId() + ":role/"
                    + options.stackName() + "-" + machine.logicalId() + "Role");
            for (EventRuleSpec rule : machine.rules()) {
                provisioner.rule(events.protocol(), rule);
            }
        }
        provisioner.graphqlApis(appSync.service(), template.graphqlApis());
    }

    /** One instance of each function, started side by side. */
    private void warmFunctions() {
        template.functions().parallelStream().forEach(function -> lambda.prewarm(function.functionName()));
    }

    /** The certificate material, or the reason it could not be had (the directory's, say), as its own exception. */
    private static TlsMaterial awaitTls(CompletableFuture<TlsMaterial> material) {
        try {
            return material.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Store openStore() {
        return options.dataDirectory() == null ? Store.inMemory()
                : DataDirectory.open(options.dataDirectory(), options.fsync());
    }

    private Path logDirectory() {
        return options.dataDirectory() == null ? null : options.dataDirectory().resolve("logs");
    }

    private Path codeDirectory() {
        return options.dataDirectory() == null ? null : options.dataDirectory().resolve("lambda-code");
    }

    private <T> T timed(String name, Supplier<T> step) {
        long started = System.nanoTime();
        T result = step.get();
        Readiness ready = new Readiness(name, (System.nanoTime() - started) / 1_000_000);
        readiness.add(ready);
        onReady.accept(ready);
        return result;
    }

    private void timedStep(String name, Runnable step) {
        timed(name, () -> {
            step.run();
            return null;
        });
    }

    private static int freePort(String bindAddress) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + bindAddress, e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** {@link #endpoint()} over TLS (the same port); clients trust {@link #tls()}'s certificate authority. */
    public URI httpsEndpoint() {
        return URI.create("https" + endpoint.toString().substring("http".length()));
    }

    /** The certificate the front door presents and the local certificate authority that signed it. */
    public TlsMaterial tls() {
        return frontDoor.tls();
    }

    /** The options this runtime was started with. */
    public RuntimeOptions options() {
        return options;
    }

    public LocalDynamoDb dynamoDb() {
        return dynamoDb;
    }

    public ResolvedTemplate template() {
        return template;
    }

    public RuntimeClock clock() {
        return clock;
    }

    public LocalSecretsManager secretsManager() {
        return secretsManager;
    }

    public LocalLambda lambda() {
        return lambda;
    }

    public LocalStates states() {
        return states;
    }

    public LocalEvents events() {
        return events;
    }

    public LocalAppSync appSync() {
        return appSync;
    }

    /** What started and how long each step took, in start order. */
    public List<Readiness> readiness() {
        return Collections.unmodifiableList(readiness);
    }

    /** Stops the front door first (no new requests), then the services, then the clock and the store. */
    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(closeInReverse);
        Collections.reverse(reversed);
        RuntimeException failure = null;
        for (AutoCloseable closeable : reversed) {
            try {
                closeable.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("The runtime did not stop cleanly", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        closeInReverse.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
