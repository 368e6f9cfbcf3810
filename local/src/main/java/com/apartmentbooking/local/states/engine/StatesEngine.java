package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.states.definition.Diagnostic;
import com.apartmentbooking.local.states.definition.JsonReasons;
import com.apartmentbooking.local.states.definition.StateMachineParser;
import com.apartmentbooking.local.states.engine.runtime.Activity;
import com.apartmentbooking.local.states.engine.runtime.CompiledMachine;
import com.apartmentbooking.local.states.engine.runtime.EngineServices;
import com.apartmentbooking.local.states.engine.runtime.ExecutionRuntime;
import com.apartmentbooking.local.states.engine.runtime.TaskTokens;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.states.engine.store.ExecutionStore;
import com.apartmentbooking.local.states.engine.store.InMemoryExecutionStore;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.SettlingScheduler;
import com.apartmentbooking.local.clock.SystemClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Step Functions engine: starts executions of ASL definitions and answers for them (describe,
 * history, stop, task tokens). Executions share a small executor and a scheduler; a waiting
 * execution holds no thread.
 *
 * <pre>{@code
 * ControllableClock clock = new ControllableClock(Instant.parse("2024-01-01T00:00:00Z"));
 * StatesEngine engine = StatesEngine.builder().clock(clock).build();
 * ExecutionHandle execution = engine.start(definitionJson, "my-execution", "{\"a\":1}");
 * clock.advance(Duration.ofMinutes(15));
 * execution.await(Duration.ofSeconds(5));
 * }</pre>
 */
public final class StatesEngine implements AutoCloseable {
    /** The state machine the three-argument {@link #start(String, String, String)} runs definitions as. */
    public static final String DEFAULT_STATE_MACHINE_NAME = "LocalStateMachine";
    private static final int MACHINE_CACHE_LIMIT = 512;
    private static final int MAX_INPUT_BYTES = 256 * 1024;

    private final EngineServices services;
    private final ExecutorService ownedExecutor;
    private final AutoCloseable ownedScheduler;
    private final Map<String, ExecutionRuntime> executions = new ConcurrentHashMap<>();
    private final Map<String, CompiledMachine> machines = new ConcurrentHashMap<>();

    private StatesEngine(EngineServices services, ExecutorService ownedExecutor, AutoCloseable ownedScheduler) {
        this.services = services;
        this.ownedExecutor = ownedExecutor;
        this.ownedScheduler = ownedScheduler;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** ValidateStateMachineDefinition: every problem of a definition; empty when it is valid. */
    public static List<Diagnostic> validate(String definitionJson) {
        return StateMachineParser.validate(definitionJson);
    }

    /** Parses and validates a definition once, to start it many times; throws DefinitionValidationException. */
    public CompiledMachine compile(String definitionJson) {
        CompiledMachine cached = machines.get(definitionJson);
        if (cached != null) {
            return cached;
        }
        CompiledMachine compiled = CompiledMachine.compile(definitionJson);
        if (machines.size() >= MACHINE_CACHE_LIMIT) {
            machines.clear();
        }
        machines.put(definitionJson, compiled);
        return compiled;
    }

    /**
     * Starts {@code definitionJson} as an execution of the state machine {@value #DEFAULT_STATE_MACHINE_NAME}.
     * Throws DefinitionValidationException for an invalid definition, InvalidExecutionInputException
     * for an invalid input and ExecutionAlreadyExistsException for a name already used.
     */
    public ExecutionHandle start(String definitionJson, String executionName, String inputJson) {
        return start(new StartExecutionRequest(stateMachineArn(DEFAULT_STATE_MACHINE_NAME), compile(definitionJson),
                null, executionName, inputJson));
    }

    public ExecutionHandle start(StartExecutionRequest request) {
        String machineArn = request.stateMachineArn();
        String machineName = machineArn.substring(machineArn.lastIndexOf(':') + 1);
        String name = request.executionName() != null ? request.executionName() : UUID.randomUUID().toString();
        String executionArn = "arn:aws:states:" + services.region() + ":" + services.accountId() + ":execution:"
                + machineName + ":" + name;
        String roleArn = request.roleArn() != null ? request.roleArn()
                : "arn:aws:iam::" + services.accountId() + ":role/StepFunctionsExecutionRole";
        ExecutionRecord record = new ExecutionRecord(executionArn, name, machineArn, machineName, roleArn,
                request.machine().definitionJson(), input(request.inputJson()), services.clock().now());
        // compute() makes the name check and the registration one step for concurrent starts.
        ExecutionRuntime runtime = executions.compute(executionArn, (arn, existing) -> {
            if (existing != null || services.store().loadWithoutHistory(arn).isPresent()) {
                throw new ExecutionAlreadyExistsException(arn);
            }
            return ExecutionRuntime.start(services, record, request.machine(), request.maxDuration());
        });
        forgetWhenFinished(runtime);
        return new ExecutionHandle(runtime);
    }

    public String stateMachineArn(String stateMachineName) {
        return "arn:aws:states:" + services.region() + ":" + services.accountId() + ":stateMachine:" + stateMachineName;
    }

    /** A running execution, or a finished one as the store holds it. */
    public Optional<ExecutionHandle> execution(String executionArn) {
        ExecutionRuntime runtime = executions.get(executionArn);
        if (runtime != null) {
            return Optional.of(new ExecutionHandle(runtime));
        }
        ExecutionStore store = services.store();
        return store.loadWithoutHistory(executionArn).filter(stored -> stored.checkpoint() != null)
                .map(stored -> new ExecutionHandle(new StoredExecutionView(stored, () -> store.history(executionArn))));
    }

    /** Finished executions are answered from the store; the engine keeps only running ones. */
    private void forgetWhenFinished(ExecutionRuntime runtime) {
        runtime.completion().whenComplete((description, failure) -> executions.remove(runtime.executionArn()));
    }

    /** StopExecution. Stopping an execution that has ended changes nothing. */
    public void stop(String executionArn, String error, String cause) {
        execution(executionArn).orElseThrow(() -> new IllegalArgumentException("Execution Does Not Exist: '"
                + executionArn + "'")).stop(error, cause);
    }

    /**
     * SendTaskSuccess; throws TaskTokenException for a token no waiting task holds. The future completes once the
     * task's answer is committed durably (SendTaskFailure and SendTaskHeartbeat likewise).
     */
    public CompletableFuture<Void> sendTaskSuccess(String taskToken, String outputJson) {
        JsonNode output;
        try {
            output = Json.DATA.readTree(outputJson);
        } catch (JsonProcessingException invalid) {
            throw new InvalidExecutionInputException("Invalid output JSON: " + JsonReasons.of(invalid));
        }
        return services.tokens().succeed(taskToken, output);
    }

    public CompletableFuture<Void> sendTaskFailure(String taskToken, String error, String cause) {
        return services.tokens().fail(taskToken, error, cause);
    }

    public CompletableFuture<Void> sendTaskHeartbeat(String taskToken) {
        return services.tokens().heartbeat(taskToken);
    }

    /**
     * Rebuilds the executions the store holds as unfinished (after a restart) and lets them carry on
     * from their last committed step. Returns their handles.
     */
    public List<ExecutionHandle> recover() {
        List<ExecutionHandle> recovered = new ArrayList<>();
        for (StoredExecution stored : services.store().unfinished()) {
            String arn = stored.record().executionArn();
            if (executions.containsKey(arn)) {
                continue;
            }
            ExecutionRuntime runtime = ExecutionRuntime.resume(services, stored);
            executions.put(arn, runtime);
            forgetWhenFinished(runtime);
            recovered.add(new ExecutionHandle(runtime));
        }
        return recovered;
    }

    /** Waits until no execution has work queued or running (timers and tasks may still be pending). */
    public void awaitSettled() {
        services.activity().awaitSettled();
    }

    /** Shuts down the executor and timer thread the engine created; ones given to the builder are left to their owner. */
    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
        if (ownedScheduler != null) {
            try {
                ownedScheduler.close();
            } catch (Exception impossible) {
                throw new IllegalStateException("The timer thread could not be stopped", impossible);
            }
        }
    }

    private JsonNode input(String inputJson) {
        if (inputJson == null) {
            return Json.DATA.createObjectNode();
        }
        JsonNode input;
        try {
            input = Json.DATA.readTree(inputJson);
        } catch (JsonProcessingException invalid) {
            throw new InvalidExecutionInputException("Invalid State Machine Execution Input: '"
                    + JsonReasons.of(invalid) + "'");
        }
        if (input == null) {
            throw new InvalidExecutionInputException("Invalid State Machine Execution Input: empty input");
        }
        if (inputJson.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES) {
            throw new InvalidExecutionInputException("The input exceeds the 262144 bytes service limit.");
        }
        return input;
    }

    /** Configures an engine; every part has a default suitable for tests. */
    public static final class Builder {
        private Clock clock = SystemClock.INSTANCE;
        private Scheduler scheduler;
        private Executor executor;
        private ExecutionStore store = new InMemoryExecutionStore();
        private IntegrationRegistry integrations = new IntegrationRegistry();
        private String region = "us-east-1";
        private String accountId = "000000000000";

        private Builder() {
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** The scheduler timers go to; by default the one that belongs with the clock. */
        public Builder scheduler(Scheduler value) {
            scheduler = value;
            return this;
        }

        /** The threads event loops run on; by default a daemon pool the size of the machine's cores. */
        public Builder executor(Executor value) {
            executor = value;
            return this;
        }

        public Builder store(ExecutionStore value) {
            store = value;
            return this;
        }

        public Builder integrations(IntegrationRegistry value) {
            integrations = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder accountId(String value) {
            accountId = value;
            return this;
        }

        public StatesEngine build() {
            ExecutorService owned = null;
            Executor loops = executor;
            if (loops == null) {
                owned = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemonThreads());
                loops = owned;
            }
            Activity activity = new Activity();
            Scheduler timers = scheduler != null ? scheduler : Scheduler.forClock(clock);
            if (timers instanceof SettlingScheduler settling) {
                settling.addSettler(activity);
            }
            AutoCloseable ownedTimers = scheduler == null && timers instanceof AutoCloseable closeable ? closeable : null;
            EngineServices services = new EngineServices(clock, timers, loops, store, integrations, new TaskTokens(),
                    activity, region, accountId);
            return new StatesEngine(services, owned, ownedTimers);
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return work -> {
                Thread thread = new Thread(work, "states-engine-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
