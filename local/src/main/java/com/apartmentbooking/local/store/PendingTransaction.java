package com.apartmentbooking.local.store;

import java.util.function.Function;

/**
 * One caller's transaction waiting for the writer that commits it: its body, then its result or failure. The
 * outcome is published once the batch it ran in is on disk (for a transaction that is not forced, once the batch
 * is applied) or failed, and read by the caller after it got the store's lock itself, which orders the two.
 */
final class PendingTransaction<T> {

    private final Function<Tx, T> work;
    private final boolean forced;
    private boolean done;
    private T result;
    private Throwable failure;

    /** @param forced whether the caller waits until the transaction is on disk, or only until others see it */
    PendingTransaction(Function<Tx, T> work, boolean forced) {
        this.work = work;
        this.forced = forced;
    }

    boolean forced() {
        return forced;
    }

    /**
     * Runs the body against the batch so far (the committed state plus the writes of the transactions run before
     * it in the batch) and adds its writes to the batch. A body that throws writes nothing and is done with its
     * exception.
     */
    void run(BufferedTx batch) {
        BufferedTx tx = new BufferedTx(batch);
        try {
            result = work.apply(tx);
        } catch (RuntimeException | Error e) {
            failure = e;
            done = true;
            return;
        }
        tx.mergeInto(batch);
    }

    /** The batch is on disk, or for a transaction that is not forced, seen by readers. */
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
