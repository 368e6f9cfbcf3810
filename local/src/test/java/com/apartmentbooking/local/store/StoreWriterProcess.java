package com.apartmentbooking.local.store;

import java.nio.file.Path;

/**
 * The child JVM of {@link StoreKillDurabilityTest}: writes one key per transaction to two maps and prints
 * "ack N" after each transaction returns, until it is killed. Arguments: the data directory, the log size that
 * triggers a checkpoint, the size of the values written, and whether the store syncs each batch to the disk.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]), Long.parseLong(args[1]), Store.FLUSH_DELAY_MILLIS,
                Boolean.parseBoolean(args[3]));
        int valueSize = Integer.parseInt(args[2]);
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
