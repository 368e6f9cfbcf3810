package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.SettlingScheduler;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.sqs.SqsApi;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.template.FunctionSpec;
import java.net.URI;

/**
 * Lambda assembled: functions run in their own JVMs through the official runtime interface client, invoked
 * through the Invoke API, their function URLs, the durable Event queue and DynamoDB stream event source
 * mappings; ready to be put on a {@link FrontDoor}.
 */
public final class LocalLambda implements AutoCloseable {

    private final URI runtimeEndpoint;
    private final InstanceClassPath classPath;
    private final InstanceServices instances;
    private final LambdaService service;
    private final EventQueue eventQueue;
    private final StreamMappings streamMappings;
    private final LambdaProtocol protocol;
    private final FunctionUrlHandler functionUrls;

    private LocalLambda(Store store, Clock clock, Scheduler scheduler, String region, String accountId,
            URI runtimeEndpoint, DynamoDbStreamsApi streams, SqsApi sqs, LambdaSettings settings) {
        this.runtimeEndpoint = runtimeEndpoint;
        this.classPath = new InstanceClassPath();
        InstanceLauncher launcher = new InstanceLauncher(classPath, new InstanceEnvironment(region, runtimeEndpoint), clock);
        this.instances = new InstanceServices(launcher, clock, settings.logDirectory());
        this.service = new LambdaService(region, accountId, instances, settings);
        LambdaStore lambdaStore = new LambdaStore(store);
        this.eventQueue = new EventQueue(lambdaStore, service, clock, scheduler);
        service.useEventQueue(eventQueue);
        this.streamMappings = new StreamMappings(lambdaStore, streams, sqs, service, clock);
        this.protocol = new LambdaProtocol(service, new FunctionDescriptions(accountId, clock.now()));
        this.functionUrls = new FunctionUrlHandler(service, clock, accountId, region);
    }

    /**
     * Starts Lambda on {@code store}: Event invocations accepted before a restart are run again, and stream
     * mappings resume after their last checkpoint once their functions are deployed. On a settling scheduler
     * (the controllable clock) advancing the clock first waits for Event invocations in flight, so the retries
     * they schedule fire within the same advance.
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
        return lambda;
    }

    /**
     * Registers a function and starts polling its stream event sources; deploying the same function again (a
     * restart) changes nothing. Instances start on the first invocation. Event invocations the store kept for
     * it run once it is deployed.
     */
    public void deploy(FunctionSpec function) {
        service.deploy(function);
        eventQueue.resume(function.functionName());
        streamMappings.deploy(function);
    }

    /** Starts one instance of the function now and returns once it waits for work (cold start out of the way). */
    public void prewarm(String functionName) {
        service.prewarm(functionName);
    }

    public FunctionInvoker invoker() {
        return service;
    }

    public LambdaService service() {
        return service;
    }

    /** Adds Lambda's API ({@code /2015-03-31/functions}) and the function URLs ({@code /lambda-url}) to a front door. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.route(LambdaProtocol.PREFIX, protocol).route(FunctionUrlHandler.PREFIX, functionUrls);
    }

    /** The URL of the function's function URL on this runtime, {@code <endpoint>/lambda-url/<name>/}. */
    public URI functionUrl(String functionName) {
        String base = runtimeEndpoint.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + FunctionUrlHandler.PREFIX + "/" + functionName + "/");
    }

    /** Stops the mappings, the event queue and every instance; the store stays open (its owner closes it). */
    @Override
    public void close() {
        streamMappings.close();
        eventQueue.close();
        service.close();
        instances.close();
        classPath.close();
    }
}
