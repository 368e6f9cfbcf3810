package com.apartmentbooking.local.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * The runtime's embedded store: named maps of byte keys (in {@link Keys#ORDER}) to byte values, on H2 MVStore.
 *
 * <p>Consistency: transactions run one at a time under an exclusive lock and reads under a shared one, so
 * every read sees all of a transaction or none of it, across maps, and conditional writes are serializable.
 * Transaction bodies are expected to be short (no I/O, no waiting on other threads, nothing tied to the calling
 * thread: a body may run on another waiting writer's thread); reads also wait while transactions are forced to
 * disk, a fraction of a millisecond on these machines.
 *
 * <p>Group commit: writers that arrive while another holds the lock queue their transactions; the next one to
 * get the lock runs every queued transaction in arrival order (each sees the writes of those before it) and
 * forces them to disk with one sync. Each caller still returns only once its own transaction is on disk, and a
 * transaction whose body throws is left out without affecting the others.
 *
 * <p>Durability: MVStore writes nothing by itself (auto-commit is off, so a half-applied transaction can never
 * reach the file); a transaction is written as one MVStore commit and forced to disk before the lock is
 * released. So nobody, reader or writer, ever sees data that is not on disk yet, and the space of a replaced
 * chunk can be reused by the next commit (MVStore's retention time is 0): the commit that replaced it is
 * already on disk.
 */
public final class Store implements AutoCloseable {

    private static final String FILE_NAME = "store.mv.db";
    private static final int COMMITS_PER_COMPACTION = 1000;
    private static final int COMPACTION_TARGET_FILL_RATE = 80;
    private static final int COMPACTION_WRITE_BYTES = 4 * 1024 * 1024;

    private final MVStore mvStore;
    private final boolean onDisk;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, MVMap<byte[], byte[]>> openMaps = new ConcurrentHashMap<>();
    private final MapsView committed = new MapsView(this::existingMap);
    private final Queue<PendingTransaction<?>> queue = new ConcurrentLinkedQueue<>();
    /** Guarded by the write lock. */
    private int commitsSinceCompaction;

    private Store(MVStore mvStore, boolean onDisk) {
        this.mvStore = mvStore;
        this.onDisk = onDisk;
    }

    /** Opens (or creates) the store kept in {@code dataDir}; only one process may have it open. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MVStore mvStore = new MVStore.Builder()
                .fileName(dataDir.resolve(FILE_NAME).toString())
                .autoCommitDisabled()
                .open();
        // MVStore keeps replaced chunks 45 s by default, in case the disk has not written their successors yet,
        // and the file grows by 45 s of commits; here every commit is on disk before the next one is written.
        mvStore.setRetentionTime(0);
        return new Store(mvStore, true);
    }

    /** A store that lives in this process only (tests, throwaway runs). */
    public static Store inMemory() {
        return new Store(new MVStore.Builder().autoCommitDisabled().open(), false);
    }

    /** Runs {@code reads} against one consistent state of all maps. */
    public <T> T read(Function<StoreView, T> reads) {
        lock.readLock().lock();
        try {
            checkOpen();
            return reads.apply(committed);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} as one atomic, isolated transaction and returns once its writes are durable. If
     * {@code work} throws, none of its writes happen and the exception propagates.
     */
    public void transaction(Consumer<Tx> work) {
        transactionReturning(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** {@link #transaction} for a body that computes a result (for example the old value it replaced). */
    public <T> T transactionReturning(Function<Tx, T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("Transactions do not nest");
        }
        PendingTransaction<T> pending = new PendingTransaction<>(work);
        queue.add(pending);
        lock.writeLock().lock();
        try {
            if (!pending.isDone()) {
                commitQueued();
            }
        } finally {
            lock.writeLock().unlock();
        }
        return pending.outcome();
    }

    /** Runs every queued transaction and makes their writes durable together; called holding the write lock. */
    private void commitQueued() {
        List<PendingTransaction<?>> batch = new ArrayList<>();
        for (PendingTransaction<?> next = queue.poll(); next != null; next = queue.poll()) {
            batch.add(next);
        }
        try {
            checkOpen();
            boolean wrote = false;
            for (PendingTransaction<?> pending : batch) {
                wrote |= pending.run(committed, this::mapForWrite);
            }
            if (wrote) {
                mvStore.commit();
                if (onDisk) {
                    if (++commitsSinceCompaction >= COMMITS_PER_COMPACTION) {
                        compact();
                    }
                    mvStore.sync();
                }
            }
        } catch (RuntimeException | Error e) {
            // The maps may hold part of this batch now (a failed write, out of memory); closing without a commit
            // keeps it out of the file, which stays at the last whole batch. None of the batch was acknowledged.
            if (!mvStore.isClosed()) {
                mvStore.closeImmediately();
            }
            batch.forEach(pending -> pending.failIfUnfinished(e));
            return;
        }
        batch.forEach(PendingTransaction::acknowledge);
    }

    /**
     * Rewrites the live pages of sparsely used chunks so that their space can be reused; without it the file
     * settles at many times its live data under random updates. Runs under the write lock, so it is one more
     * commit of unchanged data, forced with the transaction that triggered it.
     */
    private void compact() {
        commitsSinceCompaction = 0;
        mvStore.compact(COMPACTION_TARGET_FILL_RATE, COMPACTION_WRITE_BYTES);
        mvStore.commit();
    }

    private MVMap<byte[], byte[]> existingMap(String name) {
        MVMap<byte[], byte[]> map = openMaps.get(name);
        if (map == null && mvStore.hasMap(name)) {
            map = mapForWrite(name);
        }
        return map;
    }

    private MVMap<byte[], byte[]> mapForWrite(String name) {
        return openMaps.computeIfAbsent(name, n -> mvStore.openMap(n,
                new MVMap.Builder<byte[], byte[]>().keyType(UnsignedBytesType.INSTANCE).valueType(ByteArrayDataType.INSTANCE)));
    }

    private void checkOpen() {
        if (mvStore.isClosed()) {
            throw new IllegalStateException("The store is closed");
        }
    }

    /** Waits for running transactions, then writes and closes the file. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!mvStore.isClosed()) {
                mvStore.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
