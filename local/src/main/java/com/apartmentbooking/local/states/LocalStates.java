package com.apartmentbooking.local.states;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.states.engine.StatesEngine;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.integration.AwsSdkDynamoDbIntegration;
import com.apartmentbooking.local.states.integration.DynamoDbIntegration;
import com.apartmentbooking.local.states.integration.EventBridgeIntegration;
import com.apartmentbooking.local.states.integration.InProcessCalls;
import com.apartmentbooking.local.states.integration.LambdaIntegration;
import com.apartmentbooking.local.states.integration.SqsIntegration;
import com.apartmentbooking.local.store.Store;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Step Functions assembled on one {@link Store}, {@link Clock} and {@link Scheduler}: store, engine with the
 * service integrations, service and protocol, ready to be put on a {@link FrontDoor}.
 */
public final class LocalStates implements AutoCloseable {
    private final StatesEngine engine;
    private final StatesService service;
    private final StatesProtocol protocol;
    private final ExecutorService calls;
    private final ExecutionRetention retention;

    private LocalStates(StatesEngine engine, StatesService service, ExecutorService calls,
            ExecutionRetention retention) {
        this.engine = engine;
        this.service = service;
        this.protocol = new StatesProtocol(service);
        this.calls = calls;
        this.retention = retention;
    }

    /**
     * Opens Step Functions on {@code store} (moving executions kept in an earlier form into the present one),
     * resumes the executions that were running when the runtime stopped, from their last committed step, and
     * deletes ended executions once they are past their retention.
     */
    public static LocalStates start(Store store, Clock clock, Scheduler scheduler, String region, String accountId,
            StatesIntegrations integrations) {
        ExecutorService calls = Executors.newCachedThreadPool(daemonThreads());
        StatesStore statesStore = new StatesStore(store);
        new StatesStoreMigration(store, statesStore).run();
        StatesEngine engine = StatesEngine.builder().clock(clock).scheduler(scheduler).store(statesStore)
                .integrations(registry(integrations, new InProcessCalls(calls)))
                .region(region).accountId(accountId).build();
        ExecutionRetention retention = new ExecutionRetention(statesStore, clock, scheduler);
        LocalStates states = new LocalStates(engine, new StatesService(engine, statesStore, clock), calls, retention);
        engine.recover();
        retention.start();
        return states;
    }

    private static IntegrationRegistry registry(StatesIntegrations integrations, InProcessCalls calls) {
        IntegrationRegistry registry = new IntegrationRegistry();
        if (integrations.dynamoDb() != null) {
            new DynamoDbIntegration(integrations.dynamoDb(), calls).registerIn(registry);
            new AwsSdkDynamoDbIntegration(integrations.dynamoDb(), calls).registerIn(registry);
        }
        if (integrations.eventBridge() != null) {
            new EventBridgeIntegration(integrations.eventBridge(), calls).registerIn(registry);
        }
        if (integrations.sqs() != null) {
            new SqsIntegration(integrations.sqs(), calls).registerIn(registry);
        }
        if (integrations.lambda() != null) {
            new LambdaIntegration(integrations.lambda(), calls).registerIn(registry);
        }
        return registry;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "states-integration-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Adds the Step Functions protocol to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol);
    }

    public StatesProtocol protocol() {
        return protocol;
    }

    public StatesService service() {
        return service;
    }

    /** Step Functions for the runtime's other services (EventBridge's state machine targets). */
    public StatesApi api() {
        return service;
    }

    public StatesEngine engine() {
        return engine;
    }

    /** Stops the engine's threads and the integrations' calls; the store stays open (its owner closes it). */
    @Override
    public void close() {
        retention.close();
        engine.close();
        calls.shutdownNow();
    }
}
