package com.apartmentbooking.local.store;

import java.nio.file.Path;

/**
 * The child JVM of {@link StoreKillDurabilityTest}: writes one key per transaction to two maps and prints
 * "ack N" after each transaction returns, until it is killed.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]));
        for (int i = 0; ; i++) {
            String key = StoreKillDurabilityTest.key(i);
            store.transaction(tx -> {
                tx.put(StoreKillDurabilityTest.ITEMS, key, key.getBytes());
                tx.put(StoreKillDurabilityTest.LOG, key, key.getBytes());
            });
            System.out.println("ack " + i);
            System.out.flush();
        }
    }
}
