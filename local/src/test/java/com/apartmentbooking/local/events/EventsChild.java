package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.sqs.LocalSqs;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;

/**
 * The runtime in a process of its own for {@link DeliveryKillTest}: EventBridge and SQS on a durable store in the
 * directory given as the argument, with a Step Functions that never answers. Prints {@code PORT <n>} when it
 * listens, then serves until it is killed.
 */
public final class EventsChild {

    private EventsChild() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(Path.of(args[0]));
        ControllableClock clock = new ControllableClock(EventsRuntime.START);
        LocalSqs sqs = LocalSqs.start(store, clock, EventsRuntime.REGION, EventsRuntime.ACCOUNT,
                "http://localhost:4566");
        LocalEvents events = LocalEvents.start(store, clock, clock, EventsRuntime.REGION, EventsRuntime.ACCOUNT,
                new EventTargets(new UnansweringStepFunctions(), null, sqs.api()));
        FrontDoor frontDoor = sqs.registerOn(events.registerOn(FrontDoor.builder().port(0))).build().start();
        System.out.println("PORT " + frontDoor.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
