package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.HistoryCodec;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.states.engine.store.ExecutionStore;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import com.apartmentbooking.local.store.Entry;
import com.apartmentbooking.local.store.Keys;
import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.RecordMemo;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoreView;
import com.apartmentbooking.local.store.StoredJson;
import com.apartmentbooking.local.store.Tx;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Step Functions' state on the runtime's {@link Store}: state machines, and executions as the engine's
 * durable {@link ExecutionStore}, with the indexes ListExecutions, recovery and retention read.
 *
 * <p>Each engine commit is one store transaction of few entries: the events the step added as one history block
 * ({@link HistoryCodec}), under the execution's sequence number so that new blocks land at the end of the map,
 * and the running checkpoint; at the end, the outcome (also under the sequence number), the ListExecutions entry
 * and its place in the closed index instead of the checkpoint. The execution's own entry, found by its ARN, is
 * written once, at the start. Definitions are kept once each, by their digest.
 */
public final class StatesStore implements ExecutionStore {
    private static final RecordMap<StateMachine> MACHINES =
            new RecordMap<>("states.stateMachines", StateMachine.class);
    /** executionArn -> the execution. */
    private static final RecordMap<ExecutionEntry> ENTRIES =
            new RecordMap<>("states.executionEntries", ExecutionEntry.class);
    /** definition id (digest) -> the definition's text. */
    private static final RecordMap<String> DEFINITIONS = new RecordMap<>("states.definitions", String.class);
    /** sequence number (8 bytes, big-endian) -> the final checkpoint of an execution that has ended. */
    private static final String OUTCOMES = "states.executionOutcomes";
    /** sequence number, first event id (8 bytes each, big-endian) -> a {@link HistoryCodec} block. */
    private static final String HISTORY = "states.historyBlocks";
    /** executionArn -> its latest checkpoint (no bytes before the first), for each execution that has not ended. */
    private static final String RUNNING = "states.runningExecutions";
    /** stop date (seconds, nanoseconds; big-endian), executionArn -> nothing: ended executions, oldest first. */
    private static final String CLOSED = "states.closedExecutions";
    /** "executions" -> the last sequence number given. */
    private static final String SEQUENCES = "states.sequences";
    private static final byte[] EXECUTION_SEQUENCE = Keys.utf8("executions");
    /** machineArn, newest-first start time, executionArn -> the execution's ListExecutions entry. */
    private static final RecordMap<ExecutionSummary> BY_MACHINE =
            new RecordMap<>("states.executionsByMachine", ExecutionSummary.class);
    private static final int STOP_DATE_BYTES = Long.BYTES + Integer.BYTES;
    private static final byte[] NO_CHECKPOINT = new byte[0];
    private static final char SEPARATOR = '\u0000';

    private final Store store;
    /**
     * The entries of the executions created or committed through this store that have not ended: an entry is
     * written once, and every step's commit needs it, so it is not decoded again for each.
     */
    private final Map<String, ExecutionEntry> runningEntries = new ConcurrentHashMap<>();
    /** Every StartExecution reads its machine, and every DescribeExecution its execution's definition. */
    private final RecordMemo<StateMachine> decodedMachines = new RecordMemo<>(MACHINES);
    private final RecordMemo<String> decodedDefinitions = new RecordMemo<>(DEFINITIONS);

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
        return Optional.ofNullable(store.read(view -> decodedMachines.get(view, name)));
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
        String definitionId = definitionId(record.definitionJson());
        ExecutionEntry entry = store.transactionReturning(tx -> {
            if (ENTRIES.get(tx, record.executionArn()) != null) {
                throw new IllegalStateException("Execution already exists: " + record.executionArn());
            }
            ExecutionEntry added = add(tx, record, definitionId);
            tx.put(RUNNING, key(record.executionArn()), NO_CHECKPOINT);
            return added;
        });
        runningEntries.put(record.executionArn(), entry);
    }

    /**
     * Commits a step. The end, and a step a caller is promised, are forced to disk before this returns; a step in
     * between is deferred: no caller was promised it, and an execution that a crash sets back to its last durable
     * step runs on from there.
     */
    @Override
    public void commit(String executionArn, List<HistoryEvent> newEvents, ExecutionCheckpoint checkpoint,
            boolean promised) {
        boolean ends = checkpoint.status().isFinal();
        // Encoded before the transaction: its body runs while every other writer waits.
        byte[] block = newEvents.isEmpty() ? null : HistoryCodec.encode(newEvents);
        byte[] running = ends ? null : StoredJson.encode(checkpoint);
        Consumer<Tx> write = tx -> {
            ExecutionEntry entry = entry(tx, executionArn);
            if (block != null) {
                tx.put(HISTORY, historyKey(entry.sequence(), newEvents.get(0).id()), block);
            }
            if (ends) {
                end(tx, executionArn, entry, checkpoint);
            } else {
                tx.put(RUNNING, key(executionArn), running);
            }
        };
        if (ends || promised) {
            store.transaction(write);
        } else {
            store.deferredTransaction(write);
        }
        if (ends) {
            runningEntries.remove(executionArn);
        }
    }

    /** The entry of an execution that has not ended: known since its start, or read once after a restart. */
    private ExecutionEntry entry(Tx tx, String executionArn) {
        ExecutionEntry entry = runningEntries.get(executionArn);
        if (entry == null) {
            entry = ENTRIES.get(tx, executionArn);
            if (entry == null) {
                throw new IllegalStateException("Unknown execution: " + executionArn);
            }
            runningEntries.put(executionArn, entry);
        }
        return entry;
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
        return store.read(view -> {
            ExecutionEntry entry = ENTRIES.get(view, executionArn);
            return entry == null ? List.of() : history(view, entry.sequence());
        });
    }

    /** What an execution was started with, without its history. */
    public Optional<ExecutionRecord> record(String executionArn) {
        return store.read(view -> {
            ExecutionEntry entry = ENTRIES.get(view, executionArn);
            return Optional.ofNullable(entry == null ? null : record(view, executionArn, entry));
        });
    }

    @Override
    public List<StoredExecution> unfinished() {
        return store.read(view -> {
            List<StoredExecution> unfinished = new ArrayList<>();
            view.scan(RUNNING, null, null, true, running -> {
                unfinished.add(load(view, Keys.string(running.key()), true));
                return true;
            });
            return unfinished;
        });
    }

    /** When the execution that ended first of those kept ended; empty when none is kept. */
    public Optional<Instant> earliestStopDate() {
        return store.read(view -> {
            List<Entry> first = view.scan(CLOSED, null, null, true, 1);
            return first.isEmpty() ? Optional.empty() : Optional.of(stopDateOf(first.get(0).key()));
        });
    }

    /**
     * Deletes at most {@code limit} of the executions that ended at or before {@code cutoff}, oldest first, with
     * their history and index entries, in one transaction. Returns how many it deleted.
     */
    public int deleteEndedBy(Instant cutoff, int limit) {
        return store.transactionReturning(tx -> {
            List<Entry> ended = tx.scan(CLOSED, null, closedKey(cutoff.plusNanos(1), ""), true, limit);
            for (Entry closed : ended) {
                String executionArn = new String(closed.key(), STOP_DATE_BYTES, closed.key().length - STOP_DATE_BYTES,
                        StandardCharsets.UTF_8);
                ExecutionEntry entry = ENTRIES.get(tx, executionArn);
                if (entry != null) {
                    byte[] prefix = sequenceKey(entry.sequence());
                    for (Entry block : tx.scan(HISTORY, prefix, Keys.prefixEnd(prefix), true, Integer.MAX_VALUE)) {
                        tx.delete(HISTORY, block.key());
                    }
                    tx.delete(OUTCOMES, sequenceKey(entry.sequence()));
                    BY_MACHINE.delete(tx, indexKey(executionArn, entry.stateMachineArn(), entry.startDate()));
                    ENTRIES.delete(tx, executionArn);
                }
                tx.delete(CLOSED, closed.key());
            }
            return ended.size();
        });
    }

    /**
     * Keeps an execution written by an earlier form of this store: its record, its whole history as one block and
     * its latest checkpoint (null when it never committed one), as {@link #create} and {@link #commit} would have.
     */
    void adopt(Tx tx, ExecutionRecord record, List<HistoryEvent> history, ExecutionCheckpoint checkpoint) {
        ExecutionEntry entry = add(tx, record, definitionId(record.definitionJson()));
        if (!history.isEmpty()) {
            tx.put(HISTORY, historyKey(entry.sequence(), history.get(0).id()), HistoryCodec.encode(history));
        }
        if (checkpoint != null && checkpoint.status().isFinal()) {
            end(tx, record.executionArn(), entry, checkpoint);
        } else {
            tx.put(RUNNING, key(record.executionArn()),
                    checkpoint == null ? NO_CHECKPOINT : StoredJson.encode(checkpoint));
        }
    }

    private static ExecutionEntry add(Tx tx, ExecutionRecord record, String definitionId) {
        ExecutionEntry entry = ExecutionEntry.of(nextSequence(tx), record, definitionId);
        if (!DEFINITIONS.contains(tx, entry.definitionId())) {
            DEFINITIONS.put(tx, entry.definitionId(), record.definitionJson());
        }
        ENTRIES.put(tx, record.executionArn(), entry);
        BY_MACHINE.put(tx, indexKey(record.executionArn(), record.stateMachineArn(), record.startDate()),
                new ExecutionSummary(record.executionArn(), record.stateMachineArn(), record.name(),
                        ExecutionStatus.RUNNING, record.startDate(), null));
        return entry;
    }

    private static void end(Tx tx, String executionArn, ExecutionEntry entry, ExecutionCheckpoint checkpoint) {
        tx.put(OUTCOMES, sequenceKey(entry.sequence()), StoredJson.encode(checkpoint));
        BY_MACHINE.put(tx, indexKey(executionArn, entry.stateMachineArn(), entry.startDate()),
                new ExecutionSummary(executionArn, entry.stateMachineArn(), entry.name(), checkpoint.status(),
                        entry.startDate(), checkpoint.stopDate()));
        tx.delete(RUNNING, key(executionArn));
        tx.put(CLOSED, closedKey(checkpoint.stopDate(), executionArn), NO_CHECKPOINT);
    }

    private static long nextSequence(Tx tx) {
        byte[] last = tx.get(SEQUENCES, EXECUTION_SEQUENCE);
        long next = last == null ? 1 : ByteBuffer.wrap(last).getLong() + 1;
        tx.put(SEQUENCES, EXECUTION_SEQUENCE, ByteBuffer.allocate(Long.BYTES).putLong(next).array());
        return next;
    }

    private StoredExecution load(StoreView view, String executionArn, boolean withHistory) {
        ExecutionEntry entry = ENTRIES.get(view, executionArn);
        if (entry == null) {
            return null;
        }
        return new StoredExecution(record(view, executionArn, entry),
                withHistory ? history(view, entry.sequence()) : List.of(), checkpoint(view, executionArn, entry));
    }

    /** The outcome of an execution that has ended, else its running checkpoint (null before the first). */
    private static ExecutionCheckpoint checkpoint(StoreView view, String executionArn, ExecutionEntry entry) {
        byte[] outcome = view.get(OUTCOMES, sequenceKey(entry.sequence()));
        if (outcome != null) {
            return StoredJson.decode(outcome, ExecutionCheckpoint.class);
        }
        byte[] running = view.get(RUNNING, key(executionArn));
        return running == null || running.length == 0 ? null : StoredJson.decode(running, ExecutionCheckpoint.class);
    }

    private ExecutionRecord record(StoreView view, String executionArn, ExecutionEntry entry) {
        return entry.record(executionArn, decodedDefinitions.get(view, entry.definitionId()));
    }

    private static List<HistoryEvent> history(StoreView view, long sequence) {
        List<HistoryEvent> events = new ArrayList<>();
        byte[] prefix = sequenceKey(sequence);
        view.scan(HISTORY, prefix, Keys.prefixEnd(prefix), true, block -> {
            events.addAll(HistoryCodec.decode(block.value(), ByteBuffer.wrap(block.key()).getLong(Long.BYTES)));
            return true;
        });
        return events;
    }

    private static byte[] key(String executionArn) {
        return Keys.utf8(executionArn);
    }

    private static byte[] sequenceKey(long sequence) {
        return ByteBuffer.allocate(Long.BYTES).putLong(sequence).array();
    }

    private static byte[] historyKey(long sequence, long firstEventId) {
        return ByteBuffer.allocate(2 * Long.BYTES).putLong(sequence).putLong(firstEventId).array();
    }

    private static byte[] closedKey(Instant stopDate, String executionArn) {
        byte[] arn = Keys.utf8(executionArn);
        return ByteBuffer.allocate(STOP_DATE_BYTES + arn.length).putLong(stopDate.getEpochSecond())
                .putInt(stopDate.getNano()).put(arn).array();
    }

    private static Instant stopDateOf(byte[] closedKey) {
        ByteBuffer key = ByteBuffer.wrap(closedKey);
        return Instant.ofEpochSecond(key.getLong(), key.getInt());
    }

    /** Sorts an execution by its machine, then newest first (microseconds before the end of time). */
    private static String indexKey(String executionArn, String machineArn, Instant start) {
        long micros = start.getEpochSecond() * 1_000_000L + start.getNano() / 1_000;
        String sortable = Long.toString(Long.MAX_VALUE - micros);
        // Nineteen digits, zero-padded (the width of Long.MAX_VALUE), without a Formatter for every start and end.
        StringBuilder key = new StringBuilder(machineArn.length() + executionArn.length() + 21).append(machineArn)
                .append(SEPARATOR);
        for (int pad = 19 - sortable.length(); pad > 0; pad--) {
            key.append('0');
        }
        return key.append(sortable).append(SEPARATOR).append(executionArn).toString();
    }

    /** The digest that names a definition: the same text is kept once, however many executions run it. */
    private static String definitionId(String definitionJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(definitionJson.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
