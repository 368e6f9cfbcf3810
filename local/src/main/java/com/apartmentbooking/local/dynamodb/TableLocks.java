package com.apartmentbooking.local.dynamodb;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per table name. Every write holds its table's lock across read-check-write, which makes conditional
 * writes atomic per item; a transaction takes the locks of all its tables in name order, so two transactions
 * can never wait for each other in a cycle, and no single write can interleave with a transaction.
 */
final class TableLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Locks the tables (in name order); closing the returned handle unlocks them. */
    Held lock(Collection<String> tableNames) {
        List<ReentrantLock> held = new TreeSet<>(tableNames).stream()
                .map(name -> locks.computeIfAbsent(name, any -> new ReentrantLock()))
                .toList();
        held.forEach(ReentrantLock::lock);
        return () -> {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
        };
    }

    /** Locks one table: what every single-item write takes, so without the sorting a transaction needs. */
    Held lock(String tableName) {
        ReentrantLock held = locks.computeIfAbsent(tableName, any -> new ReentrantLock());
        held.lock();
        return held::unlock;
    }

    /** Locks held until closed; close never throws. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
