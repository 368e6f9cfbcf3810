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
import java.util.Optional;
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

    @Test
    void anAdvancePastTheLatestTimeIsRefusedBeforeAnythingMovesOrFires() {
        try (Store store = Store.inMemory(); RuntimeClock clock = frozenWallClock(store)) {
            List<Instant> fired = new CopyOnWriteArrayList<>();
            clock.schedule(WALL.plusSeconds(1), () -> fired.add(clock.now()));
            Duration room = Duration.between(WALL, RuntimeClock.LATEST);

            ClockOutOfRangeException refused = assertThrows(ClockOutOfRangeException.class,
                    () -> clock.advance(room.plusMillis(1)));

            assertEquals("seconds must be a number from 0 to " + room.toSeconds()
                    + " (the clock may not pass 9999-12-31T23:59:59Z; it is 2026-01-01T00:00:00Z)", refused.getMessage());
            assertEquals(List.of(), fired);
            assertEquals(WALL, clock.now());
            assertEquals(Duration.ZERO, new StoredClockOffset(store).load());
            assertEquals(RuntimeClock.LATEST, clock.advance(room));
        }
    }

    @Test
    void aFailedStoreWriteLeavesTheClockWhereItWas() {
        RuntimeClock.OffsetStore full = new RuntimeClock.OffsetStore() {
            @Override
            public Duration load() {
                return Duration.ZERO;
            }

            @Override
            public void save(Duration offset) {
                throw new IllegalStateException("disk full");
            }
        };
        try (RuntimeClock clock = new RuntimeClock(java.time.Clock.fixed(WALL, ZoneOffset.UTC), full)) {
            List<Instant> fired = new CopyOnWriteArrayList<>();
            clock.schedule(WALL.plusSeconds(1), () -> fired.add(clock.now()));

            assertThrows(IllegalStateException.class, () -> clock.advance(Duration.ofSeconds(5)));

            assertEquals(WALL, clock.now());
            assertEquals(List.of(), fired);
        }
    }

    @Test
    void aFailingTimerStopsNeitherTheAdvanceNorTheTimerThread() throws InterruptedException {
        try (Store store = Store.inMemory();
                RuntimeClock clock = new RuntimeClock(java.time.Clock.systemUTC(), new StoredClockOffset(store))) {
            Instant start = clock.now();
            List<String> fired = new CopyOnWriteArrayList<>();
            clock.schedule(start.plusSeconds(10), () -> {
                throw new IllegalStateException("broken action");
            });
            clock.schedule(start.plusSeconds(20), () -> fired.add("after"));

            clock.advance(Duration.ofSeconds(30));

            assertEquals(List.of("after"), fired);
            assertEquals(Optional.empty(), clock.problem());
            CountDownLatch byItself = new CountDownLatch(1);
            clock.schedule(clock.now().plusMillis(50), () -> {
                throw new IllegalStateException("broken action");
            });
            clock.schedule(clock.now().plusMillis(60), byItself::countDown);
            assertTrue(byItself.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aStoppedClockAndATimeOutOfRangeAreProblems() {
        try (Store store = Store.inMemory()) {
            RuntimeClock clock = frozenWallClock(store);
            assertEquals(Optional.empty(), clock.problem());
            clock.close();
            assertEquals(Optional.of("the timer thread has stopped: timers no longer fire as time passes"), clock.problem());

            new StoredClockOffset(store).save(Duration.ofMillis(Long.MAX_VALUE));
            try (RuntimeClock beyond = frozenWallClock(store)) {
                assertTrue(beyond.problem().orElseThrow().startsWith("the time is out of range"));
            }
        }
    }

    private static RuntimeClock frozenWallClock(Store store) {
        return new RuntimeClock(java.time.Clock.fixed(WALL, ZoneOffset.UTC), new StoredClockOffset(store));
    }
}
