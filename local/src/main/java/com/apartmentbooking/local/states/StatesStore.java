package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.states.engine.store.ExecutionStore;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoreView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Step Functions' state on the runtime's {@link Store}: state machines, and executions as the engine's
 * durable {@link ExecutionStore} (each commit is one store transaction: the step's history events appended,
 * the checkpoint replaced), with the indexes ListExecutions and recovery read.
 */
public final class StatesStore implements ExecutionStore {
    private static final RecordMap<StateMachine> MACHINES =
            new RecordMap<>("states.stateMachines", StateMachine.class);
    private static final RecordMap<ExecutionRecord> RECORDS =
            new RecordMap<>("states.executions", ExecutionRecord.class);
    private static final RecordMap<ExecutionCheckpoint> CHECKPOINTS =
            new RecordMap<>("states.checkpoints", ExecutionCheckpoint.class);
    /** executionArn, event id -> the event. */
    private static final RecordMap<HistoryEvent> HISTORY = new RecordMap<>("states.history", HistoryEvent.class);
    /** machineArn, newest-first start time, executionArn -> the execution's ListExecutions entry. */
    private static final RecordMap<ExecutionSummary> BY_MACHINE =
            new RecordMap<>("states.executionsByMachine", ExecutionSummary.class);
    /** executionArn -> executionArn, for each execution whose last checkpoint is not final. */
    private static final RecordMap<String> UNFINISHED = new RecordMap<>("states.unfinishedExecutions", String.class);
    private static final char SEPARATOR = '\u0000';

    private final Store store;

    public StatesStore(Store store) {
        this.store = store;
    }

    /**
     * Creates {@code candidate} unless a machine of that name exists. Returns the machine that has the name now:
     * {@code candidate} itself when it was created.
     */
    public StateMachine createMachine(StateMachine candidate) {
        return store.transactionReturning(tx -> {
            StateMachine existing = MACHINES.get(tx, candidate.name());
            if (existing != null) {
                return existing;
            }
            MACHINES.put(tx, candidate.name(), candidate);
            return candidate;
        });
    }

    /** Applies {@code change} to the named machine in one transaction; empty when there is no such machine. */
    public Optional<StateMachine> updateMachine(String name, UnaryOperator<StateMachine> change) {
        return store.transactionReturning(tx -> {
            StateMachine existing = MACHINES.get(tx, name);
            if (existing == null) {
                return Optional.empty();
            }
            StateMachine updated = change.apply(existing);
            MACHINES.put(tx, name, updated);
            return Optional.of(updated);
        });
    }

    public Optional<StateMachine> machine(String name) {
        return Optional.ofNullable(store.read(view -> MACHINES.get(view, name)));
    }

    /** Machines in name order, starting after {@code afterName} (null for the first page). */
    public Page<StateMachine> machines(String afterName, int limit) {
        List<StateMachine> found = store.read(view -> MACHINES.list(view, "", afterName, limit + 1));
        List<StateMachine> machines = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? machines.get(limit - 1).name() : null;
        return new Page<>(List.copyOf(machines), next);
    }

    /** Deletes the machine; its executions stay, as their history does on AWS until it expires. */
    public boolean deleteMachine(String name) {
        return store.transactionReturning(tx -> {
            if (MACHINES.get(tx, name) == null) {
                return false;
            }
            MACHINES.delete(tx, name);
            return true;
        });
    }

    /**
     * The executions of a machine, newest first, optionally only those with {@code status}, starting after the
     * index key {@code afterKey} (null for the first page).
     */
    public Page<ExecutionSummary> executions(String machineArn, ExecutionStatus status, String afterKey, int limit) {
        return store.read(view -> {
            List<ExecutionSummary> found = new ArrayList<>();
            String[] lastKey = new String[1];
            boolean[] more = new boolean[1];
            BY_MACHINE.scan(view, machineArn + SEPARATOR, afterKey, (key, summary) -> {
                if (status != null && summary.status() != status) {
                    return true;
                }
                if (found.size() == limit) {
                    more[0] = true;
                    return false;
                }
                found.add(summary);
                lastKey[0] = key;
                return true;
            });
            return new Page<>(found, more[0] ? lastKey[0] : null);
        });
    }

    /** Whether {@code key} can be a position in the executions index of {@code machineArn}. */
    public static boolean isExecutionsKeyOf(String machineArn, String key) {
        return key.startsWith(machineArn + SEPARATOR);
    }

    @Override
    public void create(ExecutionRecord record) {
        store.transaction(tx -> {
            if (RECORDS.get(tx, record.executionArn()) != null) {
                throw new IllegalStateException("Execution already exists: " + record.executionArn());
            }
            RECORDS.put(tx, record.executionArn(), record);
            BY_MACHINE.put(tx, indexKey(record), new ExecutionSummary(record.executionArn(),
                    record.stateMachineArn(), record.name(), ExecutionStatus.RUNNING, record.startDate(), null));
            UNFINISHED.put(tx, record.executionArn(), record.executionArn());
        });
    }

    @Override
    public void commit(String executionArn, List<HistoryEvent> newEvents, ExecutionCheckpoint checkpoint) {
        store.transaction(tx -> {
            ExecutionRecord record = RECORDS.get(tx, executionArn);
            if (record == null) {
                throw new IllegalStateException("Unknown execution: " + executionArn);
            }
            for (HistoryEvent event : newEvents) {
                HISTORY.put(tx, historyKey(executionArn, event.id()), event);
            }
            CHECKPOINTS.put(tx, executionArn, checkpoint);
            if (checkpoint.status().isFinal()) {
                BY_MACHINE.put(tx, indexKey(record), new ExecutionSummary(executionArn, record.stateMachineArn(),
                        record.name(), checkpoint.status(), record.startDate(), checkpoint.stopDate()));
                UNFINISHED.delete(tx, executionArn);
            }
        });
    }

    @Override
    public Optional<StoredExecution> load(String executionArn) {
        return store.read(view -> Optional.ofNullable(load(view, executionArn, true)));
    }

    @Override
    public Optional<StoredExecution> loadWithoutHistory(String executionArn) {
        return store.read(view -> Optional.ofNullable(load(view, executionArn, false)));
    }

    @Override
    public List<HistoryEvent> history(String executionArn) {
        return store.read(view -> history(view, executionArn));
    }

    /** What an execution was started with, without its history. */
    public Optional<ExecutionRecord> record(String executionArn) {
        return Optional.ofNullable(store.read(view -> RECORDS.get(view, executionArn)));
    }

    @Override
    public List<StoredExecution> unfinished() {
        return store.read(view -> {
            List<StoredExecution> unfinished = new ArrayList<>();
            for (String executionArn : UNFINISHED.list(view, "")) {
                unfinished.add(load(view, executionArn, true));
            }
            return unfinished;
        });
    }

    private static StoredExecution load(StoreView view, String executionArn, boolean withHistory) {
        ExecutionRecord record = RECORDS.get(view, executionArn);
        if (record == null) {
            return null;
        }
        return new StoredExecution(record, withHistory ? history(view, executionArn) : List.of(),
                CHECKPOINTS.get(view, executionArn));
    }

    private static List<HistoryEvent> history(StoreView view, String executionArn) {
        return HISTORY.list(view, executionArn + SEPARATOR);
    }

    private static String historyKey(String executionArn, long eventId) {
        return executionArn + SEPARATOR + String.format("%019d", eventId);
    }

    /** Sorts an execution by its machine, then newest first (microseconds before the end of time). */
    private static String indexKey(ExecutionRecord record) {
        Instant start = record.startDate();
        long micros = start.getEpochSecond() * 1_000_000L + start.getNano() / 1_000;
        return record.stateMachineArn() + SEPARATOR + String.format("%019d", Long.MAX_VALUE - micros) + SEPARATOR
                + record.executionArn();
    }
}
