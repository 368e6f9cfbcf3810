package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.SettlingScheduler;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;

/**
 * EventBridge assembled on one {@link Store}, {@link Clock} and {@link Scheduler}: store, service, protocol and
 * the dispatcher that delivers matched events to their targets, ready to be put on a {@link FrontDoor}.
 */
public final class LocalEvents implements AutoCloseable {

    private final EventsService service;
    private final EventsProtocol protocol;
    private final DeliveryDispatcher dispatcher;

    private LocalEvents(EventsService service, DeliveryDispatcher dispatcher) {
        this.service = service;
        this.protocol = new EventsProtocol(service);
        this.dispatcher = dispatcher;
    }

    /**
     * Opens EventBridge on {@code store} and starts delivering: deliveries a previous run accepted and did not
     * finish are taken up again (each is delivered at least once). When {@code scheduler} is a
     * {@link SettlingScheduler}, a clock advance waits for the deliveries in hand.
     */
    public static LocalEvents start(Store store, Clock clock, Scheduler scheduler, String region, String accountId,
            EventTargets targets) {
        EventsStore eventsStore = new EventsStore(store);
        DeliveryDispatcher dispatcher = new DeliveryDispatcher(eventsStore, clock, scheduler,
                new TargetInvoker(targets), new DeadLetters(targets.sqs()));
        LocalEvents events = new LocalEvents(new EventsService(eventsStore, clock, new Arns(region, accountId), dispatcher),
                dispatcher);
        if (scheduler instanceof SettlingScheduler settling) {
            settling.addSettler(dispatcher);
        }
        dispatcher.resume();
        return events;
    }

    /** Adds the EventBridge protocol to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol);
    }

    public EventsService service() {
        return service;
    }

    public EventsProtocol protocol() {
        return protocol;
    }

    /** EventBridge for the runtime's other services (Step Functions' events:putEvents). */
    public EventsApi api() {
        return protocol;
    }

    /** Waits until no delivery attempt is running (retries waiting on the clock are not waited for). */
    public void awaitIdle() {
        dispatcher.awaitSettled();
    }

    /** Stops delivering; undelivered events stay in the store for the next start. */
    @Override
    public void close() {
        dispatcher.close();
    }
}
