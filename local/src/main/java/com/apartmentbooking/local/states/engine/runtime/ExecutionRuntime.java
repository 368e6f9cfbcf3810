package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.engine.ExecutionDescription;
import com.apartmentbooking.local.states.engine.ExecutionQuotas;
import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.ExecutionView;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.states.engine.history.ExecutionHistory;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import com.apartmentbooking.local.clock.Timer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One execution and its event loop. Everything that changes the execution (its start, a timer
 * firing, a task's answer, a stop) is a message in its mailbox; the messages run one at a time on
 * the engine's shared executor, so the execution's frames need no locks and a waiting execution
 * holds no thread. After each run of the loop, the events it added and the resulting checkpoint
 * are committed to the store together.
 */
public final class ExecutionRuntime implements ExecutionView, EventSink, FrameListener, FailureBoundary {
    /** Frames stepped before the loop lets other executions have the thread. */
    private static final int STEPS_PER_TURN = 10_000;

    private final EngineServices services;
    private final ExecutionRecord record;
    private final CompiledMachine machine;
    private final ExecutionHistory history;
    private final ContextObjects contexts;
    private final Duration maxDuration;
    private final CompletableFuture<ExecutionDescription> completion = new CompletableFuture<>();
    private final Queue<Runnable> mailbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ArrayDeque<Frame> ready = new ArrayDeque<>();
    private Frame root;
    private Timer timeout;
    private Instant timeoutDue;
    private int committedEvents;
    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;
    private volatile Instant stopDate;

    private ExecutionRuntime(EngineServices services, ExecutionRecord record, CompiledMachine machine,
            ExecutionHistory history, Duration maxDuration) {
        this.services = services;
        this.maxDuration = maxDuration;
        this.record = record;
        this.machine = machine;
        this.history = history;
        this.committedEvents = history.size();
        this.contexts = new ContextObjects(record.executionArn(), record.name(), record.input(), record.startDate(),
                record.roleArn(), record.stateMachineArn(), record.stateMachineName());
    }

    /** Registers a new execution with the store and starts it; it times out after {@code maxDuration} at most. */
    public static ExecutionRuntime start(EngineServices services, ExecutionRecord record, CompiledMachine machine,
            Duration maxDuration) {
        services.store().create(record);
        ExecutionRuntime runtime = new ExecutionRuntime(services, record, machine, new ExecutionHistory(),
                maxDuration);
        runtime.post(runtime::begin);
        return runtime;
    }

    /**
     * Rebuilds an unfinished execution from its store entry and lets it carry on; one that never
     * committed a step starts from the beginning, under the Standard time limit (the store does not keep the
     * machine's type; one that committed a step carries on under the limit it was given).
     */
    public static ExecutionRuntime resume(EngineServices services, StoredExecution stored) {
        CompiledMachine machine = CompiledMachine.compile(stored.record().definitionJson());
        ExecutionRuntime runtime = new ExecutionRuntime(services, stored.record(), machine,
                new ExecutionHistory(stored.history()), ExecutionQuotas.STANDARD_MAX_DURATION);
        JsonNode state = stored.checkpoint() == null ? null : stored.checkpoint().resumeState();
        runtime.post(() -> {
            if (state == null) {
                runtime.begin();
            } else {
                runtime.restore(state);
            }
        });
        return runtime;
    }

    @Override
    public String executionArn() {
        return record.executionArn();
    }

    @Override
    public ExecutionStatus status() {
        return status;
    }

    @Override
    public List<HistoryEvent> history() {
        return history.events();
    }

    @Override
    public CompletionStage<ExecutionDescription> completion() {
        return completion;
    }

    @Override
    public ExecutionDescription describe() {
        JsonNode currentOutput = output;
        return new ExecutionDescription(record.executionArn(), record.stateMachineArn(), record.name(), status,
                EventDetails.text(record.input()), currentOutput == null ? null : EventDetails.text(currentOutput),
                error, cause, record.startDate(), stopDate);
    }

    /** Stops the execution as StopExecution does: in-flight states record their aborted events. */
    @Override
    public void stop(String stopError, String stopCause) {
        post(() -> {
            if (status.isFinal()) {
                return;
            }
            if (root != null) {
                root.abort(true);
            }
            recordEnd(ExecutionStatus.ABORTED, stopError, stopCause, history.lastEventId(),
                    EventTypes.EXECUTION_ABORTED, "executionAbortedEventDetails");
        });
    }

    EngineServices services() {
        return services;
    }

    CompiledMachine machine() {
        return machine;
    }

    ContextObjects contexts() {
        return contexts;
    }

    String stateMachineName() {
        return record.stateMachineName();
    }

    /**
     * Hands work to the event loop, as {@link #post}, for a caller who is to be told it was taken: the future
     * completes once the turn that ran it (or skipped it, the execution having ended) is committed durably.
     */
    CompletableFuture<Void> postPromised(Runnable message) {
        Promised promised = new Promised(message, new CompletableFuture<>());
        post(promised);
        return promised.committed();
    }

    /** A message whose sender waits for the commit of the turn that runs it. */
    private record Promised(Runnable action, CompletableFuture<Void> committed) implements Runnable {
        @Override
        public void run() {
            action.run();
        }
    }

    /** Hands work to the event loop; safe from any thread. */
    void post(Runnable message) {
        mailbox.add(message);
        if (scheduled.compareAndSet(false, true)) {
            services.activity().begin();
            services.executor().execute(this::drain);
        }
    }

    /** Queues a frame to enter its current state on this loop's next turn. */
    void ready(Frame frame) {
        ready.add(frame);
    }

    /**
     * Records a state's event. The event that would be the last the history holds fails the execution instead,
     * as AWS does; the state still running when that happens records nothing more.
     */
    @Override
    public long append(long previousEventId, String type, EventDetails details) {
        if (status.isFinal()) {
            return history.lastEventId();
        }
        if (history.size() == ExecutionQuotas.MAX_HISTORY_EVENTS - 1) {
            failExecution(StatesError.RUNTIME, Causes.historyLimitReached(ExecutionQuotas.MAX_HISTORY_EVENTS));
            return history.lastEventId();
        }
        return history.append(type, previousEventId, services.clock().now(), details).id();
    }

    private void drain() {
        // Most turns have no promised message: no list for them.
        List<CompletableFuture<Void>> promised = List.of();
        try {
            Runnable message;
            while ((message = mailbox.poll()) != null) {
                if (message instanceof Promised sent) {
                    promised = promised.isEmpty() ? new ArrayList<>() : promised;
                    promised.add(sent.committed());
                }
                if (status.isFinal()) {
                    continue;
                }
                runSafely(message);
                if (!stepReadyFrames()) {
                    // Out of budget: a message that does nothing gives the frames another turn
                    // after the other executions waiting for the executor had theirs.
                    post(() -> { });
                    break;
                }
            }
            commit(!promised.isEmpty());
            for (CompletableFuture<Void> committed : promised) {
                committed.complete(null);
            }
        } catch (RuntimeException | Error failure) {
            for (CompletableFuture<Void> committed : promised) {
                committed.completeExceptionally(failure);
            }
            throw failure;
        } finally {
            scheduled.set(false);
            if (!mailbox.isEmpty() && scheduled.compareAndSet(false, true)) {
                services.executor().execute(this::drain);
            } else {
                services.activity().end();
            }
        }
    }

    /** Steps ready frames; false when the turn's budget ran out with frames still ready. */
    private boolean stepReadyFrames() {
        int budget = STEPS_PER_TURN;
        Frame frame;
        while (!status.isFinal() && (frame = ready.poll()) != null) {
            runSafely(frame::step);
            if (--budget == 0 && !ready.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs a step; what it throws unexpectedly fails this execution only. A stack overflow (a value nested deeper
     * than some recursive step handles) unwinds cleanly, so it is one of those, not the end of the engine's thread.
     */
    private void runSafely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException unexpected) {
            failExecution(StatesError.RUNTIME, "Internal error: " + unexpected);
        } catch (StackOverflowError tooDeep) {
            failExecution(StatesError.RUNTIME, "Internal error: a value is nested too deeply to process");
        }
    }

    private void begin() {
        history.append(EventTypes.EXECUTION_STARTED, 0, record.startDate(),
                EventDetails.of("executionStartedEventDetails").payload("input", record.input())
                        .text("roleArn", record.roleArn()).build());
        // The machine's TimeoutSeconds, or AWS's limit for the machine's type if that comes first.
        Instant due = record.startDate().plus(maxDuration);
        Integer timeoutSeconds = machine.definition().timeoutSeconds();
        if (timeoutSeconds != null && record.startDate().plusSeconds(timeoutSeconds).isBefore(due)) {
            due = record.startDate().plusSeconds(timeoutSeconds);
        }
        armTimeout(due);
        // AWS gives the first state's Entered event previousEventId 0, not ExecutionStarted's id.
        root = new Frame(this, machine.definition().graph(), new VariableScope(null), this, this, this, 0);
        root.begin(record.input());
    }

    private void restore(JsonNode state) {
        root = new Frame(this, machine.definition().graph(), new VariableScope(null), this, this, this, 0);
        root.restore(state.get("root"));
        if (state.hasNonNull("timeoutDue")) {
            armTimeout(Instant.parse(state.get("timeoutDue").textValue()));
        }
    }

    private void armTimeout(Instant due) {
        timeoutDue = due;
        timeout = services.scheduler().schedule(due, () -> post(this::timedOut));
    }

    private void timedOut() {
        if (status.isFinal()) {
            return;
        }
        root.abort(false);
        recordEnd(ExecutionStatus.TIMED_OUT, StatesError.TIMEOUT, null, history.lastEventId(),
                EventTypes.EXECUTION_TIMED_OUT, "executionTimedOutEventDetails");
    }

    @Override
    public void frameSucceeded(Frame frame, JsonNode result) {
        if (status.isFinal()) {
            return;
        }
        HistoryEvent event = history.append(EventTypes.EXECUTION_SUCCEEDED, frame.cursor(), services.clock().now(),
                EventDetails.of("executionSucceededEventDetails").payload("output", result).build());
        conclude(ExecutionStatus.SUCCEEDED, result, null, null, event.timestamp());
    }

    @Override
    public void frameFailed(Frame frame, String failureError, String failureCause) {
        if (status.isFinal()) {
            return;
        }
        recordEnd(ExecutionStatus.FAILED, failureError, failureCause, frame.cursor(), EventTypes.EXECUTION_FAILED,
                "executionFailedEventDetails");
    }

    @Override
    public void terminate(String failureError, String failureCause) {
        failExecution(failureError, failureCause);
    }

    /** Fails the execution at once, whatever is in progress (States.Runtime errors, which nothing catches). */
    void failExecution(String failureError, String failureCause) {
        if (status.isFinal()) {
            return;
        }
        long previous = history.lastEventId();
        if (root != null) {
            root.abort(false);
        }
        recordEnd(ExecutionStatus.FAILED, failureError, failureCause, previous, EventTypes.EXECUTION_FAILED,
                "executionFailedEventDetails");
    }

    private void recordEnd(ExecutionStatus finalStatus, String finalError, String finalCause, long previous,
            String eventType, String detailsKey) {
        HistoryEvent event = history.append(eventType, previous, services.clock().now(),
                EventDetails.of(detailsKey).text("error", finalError).text("cause", finalCause).build());
        conclude(finalStatus, null, finalError, finalCause, event.timestamp());
    }

    private void conclude(ExecutionStatus finalStatus, JsonNode result, String finalError, String finalCause,
            Instant stoppedAt) {
        output = result;
        error = finalError;
        cause = finalCause;
        stopDate = stoppedAt;
        status = finalStatus;
        ready.clear();
        if (timeout != null) {
            timeout.cancel();
        }
    }

    private void commit(boolean promised) {
        List<HistoryEvent> added = history.since(committedEvents);
        committedEvents += added.size();
        services.store().commit(record.executionArn(), added, checkpoint(), promised);
        if (status.isFinal() && !completion.isDone()) {
            completion.complete(describe());
        }
    }

    private ExecutionCheckpoint checkpoint() {
        if (status.isFinal()) {
            return new ExecutionCheckpoint(status, output, error, cause, stopDate, null);
        }
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        if (root != null) {
            state.set("root", root.snapshot());
        }
        if (timeoutDue != null) {
            state.put("timeoutDue", timeoutDue.toString());
        }
        return new ExecutionCheckpoint(status, null, null, null, null, state);
    }
}
