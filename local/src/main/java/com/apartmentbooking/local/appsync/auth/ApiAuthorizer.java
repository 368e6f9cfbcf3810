package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
import java.util.List;

/** One GraphQL API's authentication: its default type and additional providers. */
public interface ApiAuthorizer {

    /**
     * Authenticates the request with the first of the API's providers whose credentials it carries
     * (a SigV4 {@code Authorization} for AWS_IAM, an {@code x-api-key} for API_KEY, ...).
     *
     * @throws RequestRefusal when it carries none the API accepts, or they are wrong, expired or unknown
     */
    Caller authenticate(AuthRequest request);

    /** The API's {@code authenticationType}: what fields without an auth directive allow. */
    AuthType defaultType();

    /** The default type followed by the additional providers' types. */
    List<AuthType> types();
}
