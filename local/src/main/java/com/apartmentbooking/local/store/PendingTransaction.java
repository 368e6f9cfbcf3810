package com.apartmentbooking.local.store;

import java.util.function.Function;
import org.h2.mvstore.MVMap;

/**
 * One caller's transaction waiting for the writer that commits it: its body, then its result or failure. The
 * outcome is published once the batch it ran in is on disk (or failed), and read by the caller after it got the
 * store's lock itself, which orders the two.
 */
final class PendingTransaction<T> {

    private final Function<Tx, T> work;
    private boolean done;
    private T result;
    private Throwable failure;

    PendingTransaction(Function<Tx, T> work) {
        this.work = work;
    }

    /**
     * Runs the body against the committed state (which includes the transactions run before it in the batch)
     * and applies its writes to the maps. A body that throws writes nothing and is done with its exception.
     *
     * @return whether the transaction wrote anything
     */
    boolean run(MapsView committed, Function<String, MVMap<byte[], byte[]>> maps) {
        BufferedTx tx = new BufferedTx(committed);
        try {
            result = work.apply(tx);
        } catch (RuntimeException | Error e) {
            failure = e;
            done = true;
            return false;
        }
        if (tx.isEmpty()) {
            return false;
        }
        tx.applyTo(maps);
        return true;
    }

    /** The batch is on disk. */
    void acknowledge() {
        done = true;
    }

    /** The batch could not be made durable: transactions that had not failed on their own fail with it. */
    void failIfUnfinished(Throwable batchFailure) {
        if (!done) {
            failure = batchFailure;
            result = null;
            done = true;
        }
    }

    boolean isDone() {
        return done;
    }

    T outcome() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return result;
    }
}
