package com.apartmentbooking.local.store;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A service's typed access to the {@link Store}: its reads over one consistent state and its writes in one
 * transaction, each through the service's own view types, so that a service's store class only names its maps
 * and keys. A store class may extend it, so that its service holds one object that reads and writes.
 *
 * @param <R> the service's reads of one consistent state
 * @param <W> the service's reads and writes of one transaction
 */
public class StoreAccess<R, W> {

    private final Store store;
    private final Function<StoreView, R> reads;
    private final Function<Tx, W> writes;

    public StoreAccess(Store store, Function<StoreView, R> reads, Function<Tx, W> writes) {
        this.store = store;
        this.reads = reads;
        this.writes = writes;
    }

    public <T> T read(Function<R, T> work) {
        return store.read(view -> work.apply(reads.apply(view)));
    }

    public void write(Consumer<W> work) {
        store.transaction(tx -> work.accept(writes.apply(tx)));
    }

    public <T> T writeReturning(Function<W, T> work) {
        return store.transactionReturning(tx -> work.apply(writes.apply(tx)));
    }
}
