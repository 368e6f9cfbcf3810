package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.SettlingScheduler;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.sqs.SqsApi;
import com.apartmentbooking.local.store.Store;
import java.net.URI;

/**
 * Lambda assembled: functions run in their own JVMs through the official runtime interface client, invoked
 * through the Invoke API, their function URLs, the durable Event queue and DynamoDB stream event source
 * mappings; ready to be put on a {@link FrontDoor}.
 */
public final class LocalLambda implements AutoCloseable {

    private final FunctionCodeFiles code;
    private final InstanceClassPath classPath;
    private final InstanceClock instanceClock;
    private final InstanceServices instances;
    private final LambdaService service;
    private final EventQueue eventQueue;
    private final StreamMappings streamMappings;
    private final FunctionManagement management;
    private final ResourceDescriptions resources;
    private final LambdaOperations operations;
    private final LambdaProtocol protocol;
    private final FunctionUrlHandler functionUrls;

    private LocalLambda(Store store, Clock clock, Scheduler scheduler, String region, String accountId,
            URI runtimeEndpoint, DynamoDbStreamsApi streams, SqsApi sqs, LambdaSettings settings) {
        this.code = FunctionCodeFiles.in(settings.codeDirectory());
        ClassDataArchives archives = ClassDataArchives.in(settings.classDataDirectory());
        this.classPath = new InstanceClassPath(archives.directory());
        this.instanceClock = new InstanceClock(clock);
        InstanceLauncher launcher = new InstanceLauncher(classPath, code, archives,
                new InstanceEnvironment(region, runtimeEndpoint), clock, instanceClock);
        this.instances = new InstanceServices(launcher, clock, settings.logDirectory());
        this.service = new LambdaService(region, accountId, instances, settings);
        LambdaStore lambdaStore = new LambdaStore(store);
        this.eventQueue = new EventQueue(lambdaStore, service, clock, scheduler);
        service.useEventQueue(eventQueue);
        this.streamMappings = new StreamMappings(lambdaStore, streams, sqs, service, clock);
        this.management = new FunctionManagement(lambdaStore, code, service, eventQueue, streamMappings, clock,
                region, accountId);
        this.resources = new ResourceDescriptions(runtimeEndpoint);
        this.operations = new LambdaOperations(management, service, new FunctionDescriptions(code), resources);
        this.protocol = new LambdaProtocol(service, operations);
        this.functionUrls = new FunctionUrlHandler(service, clock, accountId, region);
    }

    /**
     * Starts Lambda on {@code store}, running the functions and event source mappings it holds: Event
     * invocations accepted before a restart are run again, and stream mappings resume after their last
     * checkpoint. On a settling scheduler (the controllable clock) advancing the clock first waits for Event
     * invocations in flight, so the retries they schedule fire within the same advance.
     *
     * @param runtimeEndpoint the runtime's front door as functions reach it (their AWS_ENDPOINT_URL)
     * @param streams where stream event source mappings read DynamoDB streams
     * @param sqs where stream mappings send records of batches they gave up on (OnFailure destinations)
     */
    public static LocalLambda start(Store store, Clock clock, Scheduler scheduler, String region, String accountId,
            URI runtimeEndpoint, DynamoDbStreamsApi streams, SqsApi sqs, LambdaSettings settings) {
        LocalLambda lambda = new LocalLambda(store, clock, scheduler, region, accountId, runtimeEndpoint, streams, sqs,
                settings);
        if (scheduler instanceof SettlingScheduler settling) {
            settling.addSettler(lambda.eventQueue::awaitSettled);
        }
        lambda.management.deployStored();
        return lambda;
    }

    /** Lambda's operations but Invoke, as the runtime creates a template's functions through them. */
    public LambdaOperations operations() {
        return operations;
    }

    /** Starts one instance of the function now and returns once it waits for work (cold start out of the way). */
    public void prewarm(String functionName) {
        service.prewarm(functionName);
    }

    /** Lambda as other services of the runtime call it: invocations. */
    public FunctionInvoker api() {
        return service;
    }

    public LambdaService service() {
        return service;
    }

    /** Adds Lambda's API (under {@code /2015-03-31} and {@code /2021-10-31}) and the function URLs ({@code /lambda-url}) to a front door. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        // The whole of each API version, so that a path Lambda does not have is Lambda's UnknownOperationException.
        return frontDoor.route(LambdaProtocol.API_VERSION, protocol).route(LambdaProtocol.URLS_API_VERSION, protocol)
                .route(FunctionUrlHandler.PREFIX, functionUrls);
    }

    /** The URL of the function's function URL on this runtime, {@code <endpoint>/lambda-url/<name>/}. */
    public URI functionUrl(String functionName) {
        return resources.functionUrl(functionName);
    }

    /** Stops the mappings, the event queue and every instance; the store stays open (its owner closes it). */
    @Override
    public void close() {
        streamMappings.close();
        eventQueue.close();
        service.close();
        instances.close();
        classPath.close();
        instanceClock.close();
        code.close();
    }
}
