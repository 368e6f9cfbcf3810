package com.apartmentbooking.local.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeClockTest {

    private static final Instant WALL = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void advancingFiresTheTimersInsideTheSpanInDueOrderEachAtItsOwnInstant() {
        try (Store store = Store.inMemory(); RuntimeClock clock = frozenWallClock(store)) {
            List<String> fired = new CopyOnWriteArrayList<>();
            clock.schedule(WALL.plusSeconds(600), () -> fired.add("600@" + clock.now()));
            clock.schedule(WALL.plusSeconds(60), () -> fired.add("60@" + clock.now()));
            clock.schedule(WALL.plusSeconds(7200), () -> fired.add("7200"));

            Instant now = clock.advance(Duration.ofMinutes(15));

            assertEquals(List.of("60@" + WALL.plusSeconds(60), "600@" + WALL.plusSeconds(600)), fired);
            assertEquals(WALL.plusSeconds(900), now);
            assertEquals(1, clock.pendingTimers());
        }
    }

    @Test
    void aTimerScheduledByAFiredTimerStillFiresInTheSameAdvanceWhenItFallsInside() {
        try (Store store = Store.inMemory(); RuntimeClock clock = frozenWallClock(store)) {
            List<Instant> fired = new CopyOnWriteArrayList<>();
            clock.schedule(WALL.plusSeconds(10), () -> {
                fired.add(clock.now());
                clock.schedule(clock.now().plusSeconds(10), () -> fired.add(clock.now()));
            });

            clock.advance(Duration.ofSeconds(30));

            assertEquals(List.of(WALL.plusSeconds(10), WALL.plusSeconds(20)), fired);
        }
    }

    @Test
    void settlersAreAwaitedBetweenTimers() {
        try (Store store = Store.inMemory(); RuntimeClock clock = frozenWallClock(store)) {
            List<String> order = new CopyOnWriteArrayList<>();
            clock.addSettler(() -> order.add("settled"));
            clock.schedule(WALL.plusSeconds(1), () -> order.add("timer"));

            clock.advance(Duration.ofSeconds(2));

            assertEquals(List.of("settled", "timer", "settled"), order);
        }
    }

    @Test
    void dueTimersFireByThemselvesAsWallTimePasses() throws InterruptedException {
        try (Store store = Store.inMemory();
                RuntimeClock clock = new RuntimeClock(java.time.Clock.systemUTC(), new StoredClockOffset(store))) {
            CountDownLatch fired = new CountDownLatch(1);
            clock.schedule(clock.now().plusMillis(50), fired::countDown);

            assertTrue(fired.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theAdvancedTotalSurvivesARestart(@TempDir Path dataDir) {
        try (Store store = Store.open(dataDir); RuntimeClock clock = frozenWallClock(store)) {
            clock.advance(Duration.ofHours(2));
        }
        try (Store store = Store.open(dataDir); RuntimeClock clock = frozenWallClock(store)) {
            assertEquals(Duration.ofHours(2), clock.offset());
            assertEquals(WALL.plus(Duration.ofHours(2)), clock.now());
        }
    }

    @Test
    void theClockCannotGoBack() {
        try (Store store = Store.inMemory(); RuntimeClock clock = frozenWallClock(store)) {
            assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
            assertEquals(WALL, clock.now());
        }
    }

    private static RuntimeClock frozenWallClock(Store store) {
        return new RuntimeClock(java.time.Clock.fixed(WALL, ZoneOffset.UTC), new StoredClockOffset(store));
    }
}
