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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * The runtime's embedded store: named maps of byte keys (in {@link Keys#ORDER}) to byte values, on H2 MVStore,
 * made durable by a write-ahead log.
 *
 * <p>Consistency: one writer at a time runs transactions, so conditional writes are serializable; readers see the
 * maps, which change only under an exclusive lock and only by whole batches, so every read sees all of a
 * transaction or none of it, across maps. Transaction bodies are expected to be short (no I/O, no waiting on other
 * threads, nothing tied to the calling thread: a body may run on another waiting writer's thread).
 *
 * <p>Group commit: writers that arrive while another is committing queue their transactions; the next one to
 * become the writer runs every queued transaction in arrival order (each sees the writes of those before it) into
 * one batch, appends the batch to the log as one record, forces it (to the operating system, and to the disk when
 * the store syncs), and only then applies it to the maps and acknowledges it. Readers are not held up while the
 * record is forced, and never see a batch before it is forced. A transaction whose body throws is left out without
 * affecting the others.
 *
 * <p>Deferred transactions ({@link #deferredTransaction}) are for writes that no caller has been promised are
 * durable, and that the writer could redo after a crash (a workflow's progress between its start and its end):
 * their batch is applied and acknowledged at once, and its record is forced with the next forced batch, or by a
 * background flush within {@link #FLUSH_DELAY_MILLIS} ms. The log keeps the order of batches, so a crash loses
 * only a tail of deferred batches, never one that a forced batch after it saw.
 *
 * <p>Checkpoints: once the log has grown by a few megabytes, a background thread writes the maps
 * to the store file as one MVStore commit, forces it, and deletes the log segments the file now holds; opening
 * replays the log past the last checkpoint. MVStore writes nothing by itself (auto-commit is off), and the space
 * of a replaced chunk can be reused at once (retention time 0), because each commit is forced before the next.
 */
public final class Store implements AutoCloseable {

    private static final String FILE_NAME = "store.mv.db";
    /** The MVStore map that records which log segments the store file holds; no service map has this name. */
    private static final String CHECKPOINT_MAP = "store.checkpoint";
    private static final String CHECKPOINTED_THROUGH = "segment";
    static final long CHECKPOINT_LOG_BYTES = 4L * 1024 * 1024;
    private static final int COMPACTION_TARGET_FILL_RATE = 80;
    private static final int COMPACTION_WRITE_BYTES = 4 * 1024 * 1024;
    /** Below this share of live data in the file, chunks are moved together so that the file can shrink. */
    private static final int FILE_SHRINK_FILL_RATE = 50;
    /** How long a deferred batch may wait for a forced one before the background thread forces it. */
    static final long FLUSH_DELAY_MILLIS = 10;
    private static final System.Logger LOG = System.getLogger(Store.class.getName());

    private final MVStore mvStore;
    private final long checkpointLogBytes;
    private final long flushDelayMillis;
    /** Whether the log forces each batch to the disk, not only to the operating system. */
    private final boolean sync;
    /** Null in memory. */
    private final Path dataDir;
    /** Null in memory; guarded by {@link #writer}. */
    private WriteAheadLog log;
    /** Held by the one thread that runs transactions or checkpoints; the maps change only under it. */
    private final ReentrantLock writer = new ReentrantLock();
    /** Keeps readers out while the maps change or the store file is written. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, MVMap<byte[], byte[]>> openMaps = new ConcurrentHashMap<>();
    private final MapsView committed = new MapsView(this::existingMap);
    private final Queue<PendingTransaction<?>> queue = new ConcurrentLinkedQueue<>();
    /** Runs checkpoints and flushes of deferred batches; null in memory. */
    private final ScheduledExecutorService background;
    private final AtomicBoolean checkpointPending = new AtomicBoolean();
    private final AtomicBoolean flushPending = new AtomicBoolean();

    private Store(MVStore mvStore, Path dataDir, long checkpointLogBytes, long flushDelayMillis, boolean sync) {
        this.mvStore = mvStore;
        this.sync = sync;
        this.checkpointLogBytes = checkpointLogBytes;
        this.flushDelayMillis = flushDelayMillis;
        this.dataDir = dataDir;
        this.background = dataDir == null ? null : backgroundThread();
    }

    private static ScheduledExecutorService backgroundThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "store-background");
            thread.setDaemon(true);
            return thread;
        });
        // A flush still waiting when the store closes is not needed: closing writes the maps to the file.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** Opens (or creates) the store kept in {@code dataDir}, syncing each batch to the disk. */
    public static Store open(Path dataDir) {
        return open(dataDir, true);
    }

    /**
     * Opens (or creates) the store kept in {@code dataDir}; only one process may have it open. With {@code sync} an
     * acknowledged batch is on the disk; without, it is with the operating system, which keeps it through any crash
     * of this process but not through a power cut or an OS crash.
     */
    public static Store open(Path dataDir, boolean sync) {
        return open(dataDir, CHECKPOINT_LOG_BYTES, FLUSH_DELAY_MILLIS, sync);
    }

    /** {@link #open(Path)} with checkpoints after {@code checkpointLogBytes} of log (tests use small ones). */
    static Store open(Path dataDir, long checkpointLogBytes) {
        return open(dataDir, checkpointLogBytes, FLUSH_DELAY_MILLIS, true);
    }

    /** {@link #open(Path, long)} with deferred batches forced in the background after {@code flushDelayMillis}. */
    static Store open(Path dataDir, long checkpointLogBytes, long flushDelayMillis) {
        return open(dataDir, checkpointLogBytes, flushDelayMillis, true);
    }

    /** {@link #open(Path, long, long)}, syncing each batch to the disk or not ({@link #open(Path, boolean)}). */
    static Store open(Path dataDir, long checkpointLogBytes, long flushDelayMillis, boolean sync) {
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
        // Likewise a chunk may be reused as soon as the last forced version no longer needs it (MVStore keeps five
        // versions by default), so that the space of deleted data is reused, and the file shrinks, at the next
        // checkpoint rather than several checkpoints later.
        mvStore.setVersionsToKeep(1);
        Store store = new Store(mvStore, dataDir, checkpointLogBytes, flushDelayMillis, sync);
        try {
            store.recover();
        } catch (IOException | RuntimeException e) {
            mvStore.closeImmediately();
            store.background.shutdown();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return store;
    }

    /** A store that lives in this process only (tests, throwaway runs). */
    public static Store inMemory() {
        return new Store(new MVStore.Builder().autoCommitDisabled().open(), null, 0, 0, false);
    }

    /** Replays the log past the last checkpoint into the maps, writes them to the file and starts a new segment. */
    private void recover() throws IOException {
        MVMap<String, Long> checkpoints = mvStore.openMap(CHECKPOINT_MAP);
        long checkpointed = checkpoints.getOrDefault(CHECKPOINTED_THROUGH, 0L);
        long last = WriteAheadLog.replay(dataDir, checkpointed, record -> BatchRecord.apply(record, this::mapForWrite));
        if (last > checkpointed) {
            checkpoints.put(CHECKPOINTED_THROUGH, last);
            mvStore.commit();
            mvStore.sync();
        }
        WriteAheadLog.deleteThrough(dataDir, last);
        log = WriteAheadLog.start(dataDir, last + 1, sync);
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
        return run(new PendingTransaction<>(work, true));
    }

    /**
     * Runs {@code work} as one atomic, isolated transaction and returns once readers see its writes, which become
     * durable with the next forced transaction or within {@link #FLUSH_DELAY_MILLIS} ms: a crash before then loses
     * them, and every deferred transaction after them, but nothing that a forced transaction committed after them.
     */
    public void deferredTransaction(Consumer<Tx> work) {
        run(new PendingTransaction<>(tx -> {
            work.accept(tx);
            return null;
        }, false));
    }

    private <T> T run(PendingTransaction<T> pending) {
        if (writer.isHeldByCurrentThread()) {
            throw new IllegalStateException("Transactions do not nest");
        }
        queue.add(pending);
        writer.lock();
        try {
            if (!pending.isDone()) {
                commitQueued();
            }
        } finally {
            writer.unlock();
        }
        return pending.outcome();
    }

    /**
     * Runs every queued transaction into one batch, makes the batch durable, then shows it to readers; called
     * holding {@link #writer}, so the maps the bodies read do not change under them.
     */
    private void commitQueued() {
        List<PendingTransaction<?>> batch = new ArrayList<>();
        for (PendingTransaction<?> next = queue.poll(); next != null; next = queue.poll()) {
            batch.add(next);
        }
        try {
            checkOpen();
            BufferedTx writes = new BufferedTx(committed);
            boolean force = false;
            for (PendingTransaction<?> pending : batch) {
                pending.run(writes);
                force |= pending.forced();
            }
            if (log != null && !writes.isEmpty()) {
                log.append(BatchRecord.encode(writes.writesByMap()), force);
            } else if (log != null && force) {
                // A forced transaction may have read what deferred ones wrote.
                log.force();
            }
            if (!writes.isEmpty()) {
                lock.writeLock().lock();
                try {
                    writes.applyTo(this::mapForWrite);
                } finally {
                    lock.writeLock().unlock();
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // A record that may be partly in the log, or maps that may hold part of the batch (a failed write, out
            // of memory): nothing more may be appended or read. None of the batch was acknowledged.
            fail();
            Throwable failure = e instanceof IOException io ? new UncheckedIOException(io) : e;
            batch.forEach(pending -> pending.failIfUnfinished(failure));
            return;
        }
        batch.forEach(PendingTransaction::acknowledge);
        requestFlushIfHeldBack();
        requestCheckpointIfDue();
    }

    private void requestFlushIfHeldBack() {
        if (log != null && log.holdsBack() && flushPending.compareAndSet(false, true)) {
            try {
                background.schedule(this::flushHeldBack, flushDelayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // The store is closing, and close() writes the maps to the file itself.
            }
        }
    }

    /** Forces the deferred batches that no forced one has forced since they were committed. */
    private void flushHeldBack() {
        writer.lock();
        try {
            flushPending.set(false);
            if (!mvStore.isClosed()) {
                log.force();
            }
        } catch (IOException | RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "The store could not force its log and is closed", e);
            fail();
        } finally {
            writer.unlock();
        }
    }

    private void requestCheckpointIfDue() {
        if (log != null && log.size() >= checkpointLogBytes && checkpointPending.compareAndSet(false, true)) {
            try {
                background.execute(this::checkpoint);
            } catch (RejectedExecutionException closing) {
                // The store is closing, and close() writes the maps to the file itself.
            }
        }
    }

    /**
     * Writes the maps to the store file and drops the log segments it then holds. Readers and batches wait while
     * the file is written; the file is forced while they go on (the next commit, the only write that could reuse
     * the space this one freed, comes after it).
     */
    private void checkpoint() {
        long through;
        writer.lock();
        try {
            checkpointPending.set(false);
            if (mvStore.isClosed()) {
                return;
            }
            through = log.rotate();
            lock.writeLock().lock();
            try {
                mvStore.<String, Long>openMap(CHECKPOINT_MAP).put(CHECKPOINTED_THROUGH, through);
                mvStore.commit();
            } finally {
                lock.writeLock().unlock();
            }
        } catch (IOException | RuntimeException | Error e) {
            failCheckpoint(e);
            return;
        } finally {
            writer.unlock();
        }
        try {
            mvStore.sync();
            reclaimSpace();
            WriteAheadLog.deleteThrough(dataDir, through);
        } catch (IOException | RuntimeException | Error e) {
            failCheckpoint(e);
        }
    }

    private void failCheckpoint(Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "The store could not write a checkpoint and is closed", e);
        writer.lock();
        try {
            fail();
        } finally {
            writer.unlock();
        }
    }

    /**
     * Rewrites the live pages of sparsely used chunks so that their space can be reused, and the file shrinks once
     * its end is free (deleted data does not keep it at its peak size). Forced before the next commit may reuse
     * the space it freed. Batches wait too: their bodies read the maps, whose pages this moves.
     */
    private void reclaimSpace() {
        writer.lock();
        lock.writeLock().lock();
        try {
            if (mvStore.compact(COMPACTION_TARGET_FILL_RATE, COMPACTION_WRITE_BYTES)) {
                mvStore.commit();
                mvStore.sync();
            }
            if (mvStore.getFileStore() instanceof RandomAccessStore file) {
                // Forces the file before it overwrites a chunk or shortens the file.
                file.compactMoveChunks(FILE_SHRINK_FILL_RATE, file.size(), mvStore);
            }
        } finally {
            lock.writeLock().unlock();
            writer.unlock();
        }
    }

    /** Closes the store at once, keeping the file and the log as the last durable batch left them. */
    private void fail() {
        lock.writeLock().lock();
        try {
            if (!mvStore.isClosed()) {
                mvStore.closeImmediately();
            }
            if (log != null) {
                log.close();
            }
        } catch (UncheckedIOException alreadyFailing) {
            LOG.log(System.Logger.Level.WARNING, "The store's log did not close", alreadyFailing);
        } finally {
            lock.writeLock().unlock();
        }
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

    /** Waits for running transactions, then writes the maps to the file, compacts and closes it and drops the log. */
    @Override
    public void close() {
        if (background != null) {
            background.shutdown();
            try {
                background.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writer.lock();
        lock.writeLock().lock();
        try {
            if (mvStore.isClosed()) {
                return;
            }
            if (log == null) {
                mvStore.close();
                return;
            }
            long through = log.segment();
            mvStore.<String, Long>openMap(CHECKPOINT_MAP).put(CHECKPOINTED_THROUGH, through);
            mvStore.commit();
            mvStore.sync();
            // The last background checkpoint may have run while more data was live; the file is left compact.
            reclaimSpace();
            mvStore.close();
            log.close();
            WriteAheadLog.deleteThrough(dataDir, through);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
            writer.unlock();
        }
    }
}
