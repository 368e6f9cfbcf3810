package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.appsync.auth.AuthRequest;

/**
 * What the real-time endpoint asks of the GraphQL side: to accept a connection for an API, then to start
 * subscriptions on it. The endpoint owns the WebSocket protocol (frames, keep-alives, limits); the gateway owns
 * APIs, auth, validation and the fan-out.
 */
public interface SubscriptionGateway {

    /**
     * A connection's {@code header}: which API the connection's path ({@code /graphql/realtime},
     * {@code /graphql/<apiId>/realtime}) or host ({@code <apiId>.appsync-realtime-api.<region>.amazonaws.com})
     * names, and whether its authorization is accepted.
     *
     * @param path the WebSocket request's path
     * @param host the WebSocket request's Host header
     * @param authorization the decoded header, signed for IAM as a POST of {@code {}} to
     *     {@code <the API's GraphQL path>/connect}
     * @throws RealtimeRefusal when the API is unknown or the authorization is refused
     */
    RealtimeApi connect(String path, String host, AuthRequest authorization);
}
