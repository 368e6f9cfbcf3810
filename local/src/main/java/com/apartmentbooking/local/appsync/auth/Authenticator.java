package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
/**
 * One authorization mode of AppSync: tells whether a request carries that mode's credentials, and checks them.
 * A mode the runtime comes to serve (Cognito user pools, OIDC, Lambda) is one more implementation.
 */
public interface Authenticator {

    AuthType type();

    /** Whether the request carries credentials of this mode (not whether they are good). */
    boolean carries(AuthRequest request);

    /**
     * Checks the credentials of a request that {@link #carries} them.
     *
     * @throws RequestRefusal when they are wrong, expired or unknown
     */
    Caller authenticate(AuthRequest request);
}
