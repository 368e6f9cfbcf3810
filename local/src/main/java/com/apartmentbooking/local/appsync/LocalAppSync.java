package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import java.net.URI;

/**
 * AppSync assembled on one {@link Store} and {@link Clock}: its APIs and keys, and its control plane under
 * {@code /v1/apis}, ready to be put on a {@link FrontDoor}. The GraphQL and real-time endpoints find the APIs and
 * keys through {@link #directory()}.
 */
public final class LocalAppSync {

    private final AppSyncService service;
    private final AppSyncProtocol protocol;

    private LocalAppSync(AppSyncService service, AppSyncProtocol protocol) {
        this.service = service;
        this.protocol = protocol;
    }

    /**
     * Opens AppSync on {@code store}; the keys it holds are served again once their APIs are applied.
     *
     * @param endpoint the runtime's front door, which the APIs' GraphQL and real-time URLs are under
     * @param introspection what GetIntrospectionSchema answers with
     */
    public static LocalAppSync start(Store store, Clock clock, String accountId, URI endpoint,
            SchemaIntrospection introspection) {
        AppSyncService service = new AppSyncService(new AppSyncStore(store), clock);
        return new LocalAppSync(service,
                new AppSyncProtocol(service, introspection, new ApiEndpoints(endpoint), accountId));
    }

    /** Adds AppSync's control plane ({@code /v1/apis}) to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.route(AppSyncProtocol.PREFIX, protocol);
    }

    /** The APIs and keys, for the GraphQL and real-time endpoints. */
    public ApiDirectory directory() {
        return service;
    }

    /** AppSync's behaviour, through which the runtime applies the template's APIs and keys. */
    public AppSyncService service() {
        return service;
    }
}
