package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;

/**
 * SQS assembled on one {@link Store} and {@link Clock}: store, service and protocols, ready to be put on a
 * {@link FrontDoor}, and its interface for the runtime's other services.
 */
public final class LocalSqs {

    private final SqsService service;
    private final SqsProtocol protocol;
    private final SqsApi api;

    private LocalSqs(SqsService service) {
        this.service = service;
        this.protocol = new SqsProtocol(service);
        this.api = new InProcessSqs(service, protocol);
    }

    /**
     * Opens SQS on {@code store}; queues and messages already there are served as they were.
     *
     * @param endpoint the runtime's base URL as clients reach it, the start of every queue URL
     */
    public static LocalSqs start(Store store, Clock clock, String region, String accountId, String endpoint) {
        return new LocalSqs(new SqsService(new SqsStore(store), clock, region, accountId, endpoint));
    }

    /** Adds SQS's two protocols, AWS JSON and the query protocol, to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol).queryProtocol(new SqsQueryHandler(new SqsQueryProtocol(service)));
    }

    public SqsService service() {
        return service;
    }

    public SqsProtocol protocol() {
        return protocol;
    }

    /** SQS for the runtime's other services: Step Functions tasks, EventBridge and Lambda failure destinations. */
    public SqsApi api() {
        return api;
    }
}
