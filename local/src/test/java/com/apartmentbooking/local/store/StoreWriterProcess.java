package com.apartmentbooking.local.store;

import java.nio.file.Path;

/**
 * The child JVM of {@link StoreKillDurabilityTest}: writes one key per transaction to two maps and prints
 * "ack N" after each transaction returns, until it is killed. Arguments: the data directory, then optionally the
 * log size that triggers a checkpoint and the size of the values written.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        Store store = args.length > 1 ? Store.open(Path.of(args[0]), Long.parseLong(args[1])) : Store.open(Path.of(args[0]));
        int valueSize = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        for (int i = 0; ; i++) {
            String key = StoreKillDurabilityTest.key(i);
            byte[] value = StoreKillDurabilityTest.value(key, valueSize);
            store.transaction(tx -> {
                tx.put(StoreKillDurabilityTest.ITEMS, key, value);
                tx.put(StoreKillDurabilityTest.LOG, key, value);
            });
            System.out.println("ack " + i);
            System.out.flush();
        }
    }
}
