package com.apartmentbooking.local.states;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.states.definition.DefinitionValidationException;
import com.apartmentbooking.local.states.definition.Diagnostic;
import com.apartmentbooking.local.states.definition.JsonReasons;
import com.apartmentbooking.local.states.engine.ExecutionAlreadyExistsException;
import com.apartmentbooking.local.states.engine.ExecutionDescription;
import com.apartmentbooking.local.states.engine.ExecutionHandle;
import com.apartmentbooking.local.states.engine.ExecutionQuotas;
import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.InvalidExecutionInputException;
import com.apartmentbooking.local.states.engine.StartExecutionRequest;
import com.apartmentbooking.local.states.engine.StatesEngine;
import com.apartmentbooking.local.states.engine.TaskTokenException;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.runtime.CompiledMachine;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The Step Functions API's behaviour: state machines kept in the {@link StatesStore}, executions run by the
 * {@link StatesEngine} on that same store. Bad requests change nothing.
 */
public final class StatesService implements StatesApi {
    /** The longest definition AWS takes, in characters (the API's length constraint on {@code definition}). */
    private static final int MAX_DEFINITION_LENGTH = 1_048_576;
    /** How long StopExecution waits for the abort to be committed, so that a describe right after sees it. */
    private static final Duration STOP_SETTLE = Duration.ofSeconds(10);
    /** How long a task token's answer may wait for its commit (a step and a disk sync) before the call fails. */
    private static final Duration TOKEN_COMMIT_WAIT = Duration.ofSeconds(10);

    private final StatesEngine engine;
    private final StatesStore store;
    private final Clock clock;

    public StatesService(StatesEngine engine, StatesStore store, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    /**
     * CreateStateMachine. Idempotent as AWS's: a machine of the same name, definition and type is returned as
     * it is (a different role is ignored); any other machine of that name is StateMachineAlreadyExists.
     */
    public StateMachine createStateMachine(String name, String definition, String roleArn, StateMachineType type) {
        checkDefinitionLength(definition);
        ResourceNames.check(name);
        checkRole(roleArn);
        compile(definition);
        StateMachine candidate = new StateMachine(name, engine.stateMachineArn(name), definition, roleArn, type,
                clock.now(), null, null);
        StateMachine existing = store.createMachine(candidate);
        boolean created = existing == candidate;
        if (!created && !(existing.definition().equals(definition) && existing.type() == type)) {
            throw StatesErrors.stateMachineAlreadyExists(existing.stateMachineArn());
        }
        return existing;
    }

    public StateMachine describeStateMachine(String stateMachineArn) {
        return machine(stateMachineArn);
    }

    public Page<StateMachine> listStateMachines(String nextToken, int maxResults) {
        Page<StateMachine> page = store.machines(PageTokens.decode(nextToken), maxResults);
        return new Page<>(page.items(), PageTokens.encode(page.nextKey()));
    }

    /** UpdateStateMachine: a new definition and/or role; the revision changes with every update. */
    public StateMachine updateStateMachine(String stateMachineArn, String definition, String roleArn) {
        checkDefinitionLength(definition);
        String name = StatesArns.stateMachineName(stateMachineArn);
        if (definition == null && roleArn == null) {
            throw StatesErrors.missingRequiredParameter("Either the definition or the roleArn must be specified.");
        }
        if (definition != null) {
            compile(definition);
        }
        if (roleArn != null) {
            checkRole(roleArn);
        }
        machine(stateMachineArn);
        return store.updateMachine(name, current -> current.updated(
                        definition != null ? definition : current.definition(),
                        roleArn != null ? roleArn : current.roleArn(), clock.now(), UUID.randomUUID().toString()))
                .orElseThrow(() -> StatesErrors.stateMachineDoesNotExist(stateMachineArn));
    }

    /** DeleteStateMachine; deleting one that does not exist succeeds, as on AWS. */
    public void deleteStateMachine(String stateMachineArn) {
        String name = StatesArns.stateMachineName(stateMachineArn);
        if (store.machine(name).filter(machine -> machine.stateMachineArn().equals(stateMachineArn)).isPresent()) {
            store.deleteMachine(name);
        }
    }

    /** ValidateStateMachineDefinition: every problem of the definition; none when it is valid. */
    public List<Diagnostic> validateStateMachineDefinition(String definition) {
        checkDefinitionLength(definition);
        return StatesEngine.validate(definition);
    }

    /**
     * StartExecution. A name already used is ExecutionAlreadyExists, except when that execution is still
     * running with the same input: then it is the answer again, as AWS makes StartExecution idempotent.
     */
    public ExecutionDescription startExecution(String stateMachineArn, String name, String input) {
        return start(machine(stateMachineArn), name, input).describe();
    }

    /** StartExecution as EventBridge rules start executions: with a generated name. */
    @Override
    public String startExecution(String stateMachineArn, String input) {
        return startExecution(stateMachineArn, null, input).executionArn();
    }

    /**
     * StartSyncExecution, for Express machines: runs the execution and answers with its end. One still running
     * when the Express limit of five minutes (on the runtime's clock) is reached has timed out.
     */
    public ExecutionDescription startSyncExecution(String stateMachineArn, String name, String input) {
        StateMachine machine = machine(stateMachineArn);
        if (machine.type() != StateMachineType.EXPRESS) {
            throw StatesErrors.stateMachineTypeNotSupported();
        }
        ExecutionHandle execution = start(machine, name, input);
        try {
            return execution.completion().toCompletableFuture().get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a synchronous execution", interrupted);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("An execution's completion never fails", impossible.getCause());
        }
    }

    public ExecutionDescription describeExecution(String executionArn) {
        return execution(executionArn).describe();
    }

    /** DescribeStateMachineForExecution: the machine as the execution runs it (its definition and role). */
    public StateMachine describeStateMachineForExecution(String executionArn) {
        execution(executionArn);
        ExecutionRecord record = store.record(executionArn).orElseThrow(
                () -> StatesErrors.executionDoesNotExist(executionArn));
        StateMachine current = store.machine(record.stateMachineName()).orElse(null);
        return new StateMachine(record.stateMachineName(), record.stateMachineArn(), record.definitionJson(),
                record.roleArn(), current == null ? StateMachineType.STANDARD : current.type(),
                current == null ? record.startDate() : current.creationDate(),
                current == null ? null : current.updateDate(), current == null ? null : current.revisionId());
    }

    public Page<ExecutionSummary> listExecutions(String stateMachineArn, ExecutionStatus statusFilter,
            int maxResults, String nextToken) {
        StateMachine machine = machine(stateMachineArn);
        if (machine.type() == StateMachineType.EXPRESS) {
            throw StatesErrors.stateMachineTypeNotSupported();
        }
        String after = PageTokens.decode(nextToken);
        if (after != null && !StatesStore.isExecutionsKeyOf(stateMachineArn, after)) {
            throw StatesErrors.invalidToken(nextToken);
        }
        Page<ExecutionSummary> page = store.executions(stateMachineArn, statusFilter, after, maxResults);
        return new Page<>(page.items(), PageTokens.encode(page.nextKey()));
    }

    /** GetExecutionHistory: a page of the history, oldest first unless {@code reverseOrder}. */
    public Page<HistoryEvent> getExecutionHistory(String executionArn, int maxResults, boolean reverseOrder,
            String nextToken) {
        List<HistoryEvent> history = new ArrayList<>(execution(executionArn).history());
        if (reverseOrder) {
            Collections.reverse(history);
        }
        int from = PageTokens.decodeOffset(nextToken);
        if (from > history.size()) {
            throw StatesErrors.invalidToken(nextToken);
        }
        int to = Math.min(history.size(), from + maxResults);
        String next = to < history.size() ? PageTokens.encode(Integer.toString(to)) : null;
        return new Page<>(List.copyOf(history.subList(from, to)), next);
    }

    /** StopExecution: aborts a running execution; one that has ended is left as it is. Returns the stop date. */
    public Instant stopExecution(String executionArn, String error, String cause) {
        ExecutionHandle execution = execution(executionArn);
        if (execution.isDone()) {
            return execution.stopDate();
        }
        execution.stop(error, cause);
        return awaitEnd(execution).stopDate();
    }

    public void sendTaskSuccess(String taskToken, String output) {
        checkToken(taskToken);
        try {
            Json.DATA.readTree(output);
        } catch (JsonProcessingException invalid) {
            throw StatesErrors.invalidOutput("Invalid Output: '" + JsonReasons.of(invalid) + "'");
        }
        onToken(() -> engine.sendTaskSuccess(taskToken, output));
    }

    public void sendTaskFailure(String taskToken, String error, String cause) {
        checkToken(taskToken);
        onToken(() -> engine.sendTaskFailure(taskToken, error, cause));
    }

    public void sendTaskHeartbeat(String taskToken) {
        checkToken(taskToken);
        onToken(() -> engine.sendTaskHeartbeat(taskToken));
    }

    private ExecutionHandle start(StateMachine machine, String name, String input) {
        if (name != null) {
            ResourceNames.check(name);
        }
        CompiledMachine compiled = compile(machine.definition());
        StartExecutionRequest request = new StartExecutionRequest(machine.stateMachineArn(), compiled,
                machine.roleArn(), name, input, machine.type() == StateMachineType.EXPRESS
                        ? ExecutionQuotas.EXPRESS_MAX_DURATION : ExecutionQuotas.STANDARD_MAX_DURATION);
        try {
            return engine.start(request);
        } catch (InvalidExecutionInputException invalid) {
            throw StatesErrors.invalidExecutionInput(invalid.getMessage());
        } catch (ExecutionAlreadyExistsException exists) {
            return sameRunningExecution(machine, name, input).orElseThrow(
                    () -> StatesErrors.executionAlreadyExists(exists.getMessage()));
        }
    }

    private Optional<ExecutionHandle> sameRunningExecution(StateMachine machine, String name, String input) {
        String executionArn = machine.stateMachineArn().replace(":stateMachine:", ":execution:") + ":" + name;
        JsonNode requested = json(input == null ? "{}" : input);
        return engine.execution(executionArn)
                .filter(existing -> existing.status() == ExecutionStatus.RUNNING)
                .filter(existing -> Objects.equals(json(existing.describe().input()), requested));
    }

    private ExecutionHandle execution(String executionArn) {
        StatesArns.checkExecution(executionArn);
        return engine.execution(executionArn).orElseThrow(() -> StatesErrors.executionDoesNotExist(executionArn));
    }

    private StateMachine machine(String stateMachineArn) {
        String name = StatesArns.stateMachineName(stateMachineArn);
        return store.machine(name).filter(machine -> machine.stateMachineArn().equals(stateMachineArn))
                .orElseThrow(() -> StatesErrors.stateMachineDoesNotExist(stateMachineArn));
    }

    private CompiledMachine compile(String definition) {
        try {
            return engine.compile(definition);
        } catch (DefinitionValidationException invalid) {
            throw StatesErrors.invalidDefinition(invalid.getMessage());
        }
    }

    private static void checkDefinitionLength(String definition) {
        if (definition != null && definition.length() > MAX_DEFINITION_LENGTH) {
            throw StatesErrors.tooLong("definition", MAX_DEFINITION_LENGTH);
        }
    }

    private static void checkRole(String roleArn) {
        String[] parts = roleArn.split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("iam")) {
            throw StatesErrors.invalidArn("Invalid ARN prefix: " + roleArn);
        }
        if (!parts[5].startsWith("role/")) {
            throw StatesErrors.invalidArn("Resource type not valid in this context: " + parts[5]);
        }
    }

    /** Task tokens are what the engine hands out; anything of another form cannot be one. */
    private static void checkToken(String taskToken) {
        try {
            UUID.fromString(taskToken);
        } catch (IllegalArgumentException notAToken) {
            throw StatesErrors.invalidToken("Invalid token");
        }
    }

    /**
     * Hands a task token's answer to its execution and returns once the execution has it on disk, so that an
     * answer acknowledged is never lost (a kill -9 right after would otherwise leave the task waiting). A
     * well-formed token whose task has ended (or never waited) is TaskTimedOut, as AWS answers it.
     */
    private static void onToken(Supplier<CompletableFuture<Void>> send) {
        CompletableFuture<Void> committed;
        try {
            committed = send.get();
        } catch (TaskTokenException ended) {
            throw StatesErrors.taskTimedOut();
        }
        try {
            committed.get(TOKEN_COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("The task's answer could not be committed", failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("The task's answer was not committed within " + TOKEN_COMMIT_WAIT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the task's answer was committed", interrupted);
        }
    }

    private static ExecutionDescription awaitEnd(ExecutionHandle execution) {
        try {
            return execution.await(STOP_SETTLE);
        } catch (TimeoutException stillRunning) {
            return execution.describe();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return execution.describe();
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.DATA.readTree(text);
        } catch (JsonProcessingException invalid) {
            return null;
        }
    }
}
