package com.apartmentbooking.local.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllableClockTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void advancingFiresDueTimersInTimeOrderEachAtItsOwnInstant() {
        ControllableClock clock = new ControllableClock(T0);
        List<String> fired = new ArrayList<>();
        clock.schedule(T0.plusSeconds(30), () -> fired.add("30@" + clock.now().getEpochSecond() % 3600));
        clock.schedule(T0.plusSeconds(10), () -> fired.add("10@" + clock.now().getEpochSecond() % 3600));
        clock.schedule(T0.plusSeconds(10), () -> fired.add("10b@" + clock.now().getEpochSecond() % 3600));
        clock.schedule(T0.plusSeconds(90), () -> fired.add("90"));

        clock.advance(Duration.ofSeconds(60));

        assertEquals(List.of("10@10", "10b@10", "30@30"), fired);
        assertEquals(T0.plusSeconds(60), clock.now());
        assertEquals(1, clock.pendingTimers());
    }

    @Test
    void timersScheduledByFiredTimersFireInTheSameAdvanceWhenDue() {
        ControllableClock clock = new ControllableClock(T0);
        List<Long> fired = new ArrayList<>();
        clock.schedule(T0.plusSeconds(5), () -> {
            fired.add(5L);
            clock.schedule(clock.now().plusSeconds(5), () -> fired.add(10L));
        });

        clock.advance(Duration.ofSeconds(10));

        assertEquals(List.of(5L, 10L), fired);
    }

    @Test
    void cancelledTimersNeverFireAndTheClockNeverGoesBack() {
        ControllableClock clock = new ControllableClock(T0);
        List<String> fired = new ArrayList<>();
        clock.schedule(T0.plusSeconds(1), () -> fired.add("x")).cancel();

        assertFalse(clock.advanceToNextTimer());
        clock.advance(Duration.ofSeconds(2));

        assertEquals(List.of(), fired);
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    }

    @Test
    void settlersAreWaitedForBeforeEachTimer() {
        ControllableClock clock = new ControllableClock(T0);
        List<String> order = new ArrayList<>();
        clock.addSettler(() -> order.add("settled"));
        clock.schedule(T0.plusSeconds(1), () -> order.add("fired"));

        clock.advance(Duration.ofSeconds(1));

        assertEquals(List.of("settled", "fired", "settled"), order);
    }
}
