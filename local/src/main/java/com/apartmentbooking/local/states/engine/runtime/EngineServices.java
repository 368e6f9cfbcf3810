package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.engine.store.ExecutionStore;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import java.util.concurrent.Executor;

/**
 * What every execution of one engine shares: time, timers, the threads event loops run on, the
 * store, the integrations, the task tokens handed out, and the account and region its ARNs name.
 */
public record EngineServices(
        Clock clock,
        Scheduler scheduler,
        Executor executor,
        ExecutionStore store,
        IntegrationRegistry integrations,
        TaskTokens tokens,
        Activity activity,
        String region,
        String accountId) {
}
