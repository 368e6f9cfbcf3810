package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.appsync.ApiDirectory;
import com.apartmentbooking.local.appsync.ApiKey;
import com.apartmentbooking.local.clock.Clock;
import java.util.Optional;

/**
 * API_KEY: the {@code x-api-key} header names one of the API's keys that has not expired. Expiry is AppSync's
 * state, so it is read on the runtime's clock: advancing it past a key's expiry makes the key stop working.
 */
public final class ApiKeyAuthenticator implements Authenticator {

    static final String HEADER = "x-api-key";

    private final String apiId;
    private final ApiDirectory directory;
    private final Clock clock;

    public ApiKeyAuthenticator(String apiId, ApiDirectory directory, Clock clock) {
        this.apiId = apiId;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public AuthType type() {
        return AuthType.API_KEY;
    }

    @Override
    public boolean carries(AuthRequest request) {
        return request.header(HEADER) != null;
    }

    /** The resolver event's identity is {@code null} for an API key. */
    @Override
    public Caller authenticate(AuthRequest request) {
        Optional<ApiKey> key = directory.apiKey(apiId, request.header(HEADER));
        if (key.isEmpty() || clock.now().getEpochSecond() >= key.get().expires()) {
            throw AuthRejections.unauthorized();
        }
        return new Caller(AuthType.API_KEY, null);
    }
}
