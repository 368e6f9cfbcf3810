package com.apartmentbooking.local.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WallClockSchedulerTest {
    @Test
    void runsDueTimersInOrderOnItsOneThread() throws InterruptedException {
        Scheduler scheduler = Scheduler.forClock(SystemClock.INSTANCE);
        List<String> fired = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        Instant now = Instant.now();
        scheduler.schedule(now.plusMillis(40), () -> {
            fired.add("later");
            done.countDown();
        });
        scheduler.schedule(now.plusMillis(10), () -> {
            fired.add("sooner");
            done.countDown();
        });
        scheduler.schedule(now.plusMillis(20), () -> fired.add("cancelled")).cancel();

        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("sooner", "later"), fired);
    }
}
