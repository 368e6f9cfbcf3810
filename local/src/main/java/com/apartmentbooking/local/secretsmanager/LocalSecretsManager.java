package com.apartmentbooking.local.secretsmanager;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;

/**
 * Secrets Manager assembled on one {@link Store} and {@link Clock}: store, service and protocol, ready to be put on
 * a {@link FrontDoor}. It runs nothing in the background (no rotation schedules), so there is nothing to close.
 */
public final class LocalSecretsManager {

    private final SecretsManagerService service;
    private final SecretsManagerProtocol protocol;

    private LocalSecretsManager(SecretsManagerService service) {
        this.service = service;
        this.protocol = new SecretsManagerProtocol(service);
    }

    public static LocalSecretsManager start(Store store, Clock clock, String region, String accountId) {
        return new LocalSecretsManager(new SecretsManagerService(new SecretsManagerStore(store), clock,
                new SecretArns(region, accountId)));
    }

    /** Adds the Secrets Manager protocol to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.service(protocol);
    }

    public SecretsManagerService service() {
        return service;
    }

    public SecretsManagerProtocol protocol() {
        return protocol;
    }
}
