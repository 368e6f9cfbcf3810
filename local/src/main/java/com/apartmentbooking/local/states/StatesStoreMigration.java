package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.store.Entry;
import com.apartmentbooking.local.store.Keys;
import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoredJson;
import java.util.List;

/**
 * Moves executions kept by the earlier form of {@link StatesStore} (one entry per history event, the record with its
 * whole definition, a separate checkpoint and unfinished index) into the present one, when a data directory written
 * by it is opened. Each transaction moves a bounded number of executions whole, so an interrupted move carries on at
 * the next start.
 */
final class StatesStoreMigration {
    private static final RecordMap<ExecutionRecord> RECORDS =
            new RecordMap<>("states.executions", ExecutionRecord.class);
    private static final RecordMap<ExecutionCheckpoint> CHECKPOINTS =
            new RecordMap<>("states.checkpoints", ExecutionCheckpoint.class);
    /** executionArn, separator, event id (19 digits) -> the event as GetExecutionHistory returns it. */
    private static final RecordMap<HistoryEvent> HISTORY = new RecordMap<>("states.history", HistoryEvent.class);
    private static final String UNFINISHED = "states.unfinishedExecutions";
    private static final char SEPARATOR = '\u0000';
    private static final int BATCH = 100;

    private final Store store;
    private final StatesStore states;

    StatesStoreMigration(Store store, StatesStore states) {
        this.store = store;
        this.states = states;
    }

    /** Moves every execution of the earlier form; returns how many it moved. */
    int run() {
        int moved = 0;
        int batch;
        do {
            batch = store.transactionReturning(tx -> {
                List<Entry> records = tx.scan(RECORDS.name(), null, null, true, BATCH);
                for (Entry stored : records) {
                    String executionArn = stored.keyString();
                    ExecutionRecord record = StoredJson.decode(stored.value(), ExecutionRecord.class);
                    String historyPrefix = executionArn + SEPARATOR;
                    List<HistoryEvent> history = HISTORY.list(tx, historyPrefix);
                    states.adopt(tx, record, history, CHECKPOINTS.get(tx, executionArn));
                    byte[] prefix = Keys.utf8(historyPrefix);
                    for (Entry event : tx.scan(HISTORY.name(), prefix, Keys.prefixEnd(prefix), true, Integer.MAX_VALUE)) {
                        tx.delete(HISTORY.name(), event.key());
                    }
                    CHECKPOINTS.delete(tx, executionArn);
                    tx.delete(UNFINISHED, executionArn);
                    RECORDS.delete(tx, executionArn);
                }
                return records.size();
            });
            moved += batch;
        } while (batch == BATCH);
        return moved;
    }
}
