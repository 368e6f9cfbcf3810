package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.states.engine.store.ExecutionStore;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import com.apartmentbooking.local.store.Entry;
import com.apartmentbooking.local.store.Keys;
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
    private static final String MACHINES = "states.stateMachines";
    private static final String RECORDS = "states.executions";
    private static final String CHECKPOINTS = "states.checkpoints";
    private static final String HISTORY = "states.history";
    /** machineArn, newest-first start time, executionArn -> the execution's ListExecutions entry. */
    private static final String BY_MACHINE = "states.executionsByMachine";
    /** executionArn -> nothing, for each execution whose last checkpoint is not final. */
    private static final String UNFINISHED = "states.unfinishedExecutions";
    private static final char SEPARATOR = '\u0000';
    private static final byte[] PRESENT = new byte[0];

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
            byte[] existing = tx.get(MACHINES, candidate.name());
            if (existing != null) {
                return StoredForms.machine(existing);
            }
            tx.put(MACHINES, candidate.name(), StoredForms.machine(candidate));
            return candidate;
        });
    }

    /** Applies {@code change} to the named machine in one transaction; empty when there is no such machine. */
    public Optional<StateMachine> updateMachine(String name, UnaryOperator<StateMachine> change) {
        return store.transactionReturning(tx -> {
            byte[] existing = tx.get(MACHINES, name);
            if (existing == null) {
                return Optional.empty();
            }
            StateMachine updated = change.apply(StoredForms.machine(existing));
            tx.put(MACHINES, name, StoredForms.machine(updated));
            return Optional.of(updated);
        });
    }

    public Optional<StateMachine> machine(String name) {
        return Optional.ofNullable(store.read(view -> view.get(MACHINES, name))).map(StoredForms::machine);
    }

    /** Machines in name order, starting after {@code afterName} (null for the first page). */
    public Page<StateMachine> machines(String afterName, int limit) {
        return store.read(view -> {
            byte[] from = afterName == null ? null : Keys.successor(Keys.utf8(afterName));
            List<Entry> entries = view.scan(MACHINES, from, null, true, limit + 1);
            List<StateMachine> machines = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, entries.size()); i++) {
                machines.add(StoredForms.machine(entries.get(i).value()));
            }
            String next = entries.size() > limit ? machines.get(limit - 1).name() : null;
            return new Page<>(machines, next);
        });
    }

    /** Deletes the machine; its executions stay, as their history does on AWS until it expires. */
    public boolean deleteMachine(String name) {
        return store.transactionReturning(tx -> {
            if (tx.get(MACHINES, name) == null) {
                return false;
            }
            tx.delete(MACHINES, name);
            return true;
        });
    }

    /**
     * The executions of a machine, newest first, optionally only those with {@code status}, starting after the
     * index key {@code afterKey} (null for the first page).
     */
    public Page<ExecutionSummary> executions(String machineArn, ExecutionStatus status, String afterKey, int limit) {
        byte[] prefix = Keys.utf8(machineArn + SEPARATOR);
        byte[] from = afterKey == null ? prefix : Keys.successor(Keys.utf8(afterKey));
        return store.read(view -> {
            List<ExecutionSummary> found = new ArrayList<>();
            String[] lastKey = new String[1];
            boolean[] more = new boolean[1];
            view.scan(BY_MACHINE, from, Keys.prefixEnd(prefix), true, entry -> {
                ExecutionSummary summary = StoredForms.summary(entry.value());
                if (status != null && summary.status() != status) {
                    return true;
                }
                if (found.size() == limit) {
                    more[0] = true;
                    return false;
                }
                found.add(summary);
                lastKey[0] = entry.keyString();
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
            if (tx.get(RECORDS, record.executionArn()) != null) {
                throw new IllegalStateException("Execution already exists: " + record.executionArn());
            }
            tx.put(RECORDS, record.executionArn(), StoredForms.record(record));
            tx.put(BY_MACHINE, indexKey(record), StoredForms.summary(new ExecutionSummary(record.executionArn(),
                    record.stateMachineArn(), record.name(), ExecutionStatus.RUNNING, record.startDate(), null)));
            tx.put(UNFINISHED, record.executionArn(), PRESENT);
        });
    }

    @Override
    public void commit(String executionArn, List<HistoryEvent> newEvents, ExecutionCheckpoint checkpoint) {
        store.transaction(tx -> {
            byte[] storedRecord = tx.get(RECORDS, executionArn);
            if (storedRecord == null) {
                throw new IllegalStateException("Unknown execution: " + executionArn);
            }
            for (HistoryEvent event : newEvents) {
                tx.put(HISTORY, historyKey(executionArn, event.id()), StoredForms.event(event));
            }
            tx.put(CHECKPOINTS, executionArn, StoredForms.checkpoint(checkpoint));
            if (checkpoint.status().isFinal()) {
                ExecutionRecord record = StoredForms.record(storedRecord);
                tx.put(BY_MACHINE, indexKey(record), StoredForms.summary(new ExecutionSummary(executionArn,
                        record.stateMachineArn(), record.name(), checkpoint.status(), record.startDate(),
                        checkpoint.stopDate())));
                tx.delete(UNFINISHED, executionArn);
            }
        });
    }

    @Override
    public Optional<StoredExecution> load(String executionArn) {
        return store.read(view -> Optional.ofNullable(load(view, executionArn)));
    }

    @Override
    public Optional<StoredExecution> loadWithoutHistory(String executionArn) {
        return store.read(view -> {
            byte[] record = view.get(RECORDS, executionArn);
            if (record == null) {
                return Optional.empty();
            }
            byte[] checkpoint = view.get(CHECKPOINTS, executionArn);
            return Optional.of(new StoredExecution(StoredForms.record(record), List.of(),
                    checkpoint == null ? null : StoredForms.checkpoint(checkpoint)));
        });
    }

    @Override
    public List<HistoryEvent> history(String executionArn) {
        return store.read(view -> history(view, executionArn));
    }

    /** What an execution was started with, without its history. */
    public Optional<ExecutionRecord> record(String executionArn) {
        return Optional.ofNullable(store.read(view -> view.get(RECORDS, executionArn))).map(StoredForms::record);
    }

    @Override
    public List<StoredExecution> unfinished() {
        return store.read(view -> {
            List<StoredExecution> unfinished = new ArrayList<>();
            view.scan(UNFINISHED, null, null, true, entry -> {
                unfinished.add(load(view, entry.keyString()));
                return true;
            });
            return unfinished;
        });
    }

    private static StoredExecution load(StoreView view, String executionArn) {
        byte[] record = view.get(RECORDS, executionArn);
        if (record == null) {
            return null;
        }
        byte[] checkpoint = view.get(CHECKPOINTS, executionArn);
        return new StoredExecution(StoredForms.record(record), history(view, executionArn),
                checkpoint == null ? null : StoredForms.checkpoint(checkpoint));
    }

    private static List<HistoryEvent> history(StoreView view, String executionArn) {
        byte[] prefix = Keys.utf8(executionArn + SEPARATOR);
        List<HistoryEvent> history = new ArrayList<>();
        view.scan(HISTORY, prefix, Keys.prefixEnd(prefix), true, entry -> {
            history.add(StoredForms.event(entry.value()));
            return true;
        });
        return history;
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
