package com.apartmentbooking.local.states;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;

/**
 * The runtime in a process of its own for {@link StatesKillTest}: Step Functions, DynamoDB and SQS on a durable
 * store in the directory given as the argument, its clock standing at {@link StatesRuntime#START}. Prints
 * {@code PORT <n>} when it listens, then serves until it is killed.
 */
public final class StatesChild {
    private StatesChild() {
    }

    public static void main(String[] args) throws Exception {
        StatesRuntime runtime = new StatesRuntime(Store.open(Path.of(args[0])),
                new ControllableClock(StatesRuntime.START), null, null);
        System.out.println("PORT " + runtime.frontDoor.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
