package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The runtime is reachable from this machine only unless told otherwise, port 0 picks a free port that
 * {@link FrontDoor#port()} reports, and a port in use is a clear startup error.
 */
class FrontDoorBindingTest {

    @Test
    void bindsLoopbackOnTheChosenEphemeralPort() throws Exception {
        try (FrontDoor door = FrontDoor.builder().port(0).build().start()) {
            assertNotEquals(0, door.port());
            assertEquals("http://127.0.0.1:" + door.port(), door.endpoint().toString());
            assertEquals(200, new FrontDoorClient(door).get("/_local/health").statusCode());
        }
    }

    @Test
    void portInUseFailsToStart() {
        try (FrontDoor first = FrontDoor.builder().port(0).build().start()) {
            FrontDoor second = FrontDoor.builder().port(first.port()).build();
            assertThrows(IllegalStateException.class, second::start);
            second.close();
        }
    }

    @Test
    void twoServicesCannotShareATargetPrefix() {
        FrontDoor.Builder builder = FrontDoor.builder().service(new EchoService());
        assertThrows(IllegalArgumentException.class, () -> builder.service(new EchoService()));
    }
}
