package com.apartmentbooking.local.events;

import com.apartmentbooking.local.states.StatesApi;
import com.apartmentbooking.local.states.StatesException;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for Step Functions as a service that never answers StartExecution, so that deliveries are in hand
 * when the runtime stops (the real service cannot be held mid-call).
 */
final class UnansweringStepFunctions implements StatesApi {

    /** Counted down when the first StartExecution arrives. */
    final CountDownLatch called = new CountDownLatch(1);

    @Override
    public String startExecution(String stateMachineArn, String input) {
        called.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StatesException(500, "InternalFailure", "Stopped before answering");
    }
}
