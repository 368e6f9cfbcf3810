package com.apartmentbooking.local.dynamodb;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a stream's readers that records were appended, so a reader that found the stream empty can read again at
 * once instead of at its next idle poll. A hint only: readers still poll, and a missed signal costs one pause.
 */
public final class StreamActivity {

    /** A reader's registration; closing it stops its signals. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, Set<Runnable>> readers = new ConcurrentHashMap<>();

    /** Calls {@code onAppend} (on the writer's thread, so it must not block) after each commit with records. */
    public Registration register(String streamArn, Runnable onAppend) {
        readers.computeIfAbsent(streamArn, arn -> ConcurrentHashMap.newKeySet()).add(onAppend);
        return () -> readers.computeIfPresent(streamArn, (arn, set) -> {
            set.remove(onAppend);
            return set.isEmpty() ? null : set;
        });
    }

    void appended(String streamArn) {
        Set<Runnable> set = readers.get(streamArn);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }
}
