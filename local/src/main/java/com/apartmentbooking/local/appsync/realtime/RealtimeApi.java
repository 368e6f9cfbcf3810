package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** One accepted connection's API: starts subscriptions on it. */
public interface RealtimeApi {

    /** The GraphQL path a {@code start}'s IAM authorization is signed for (e.g. {@code /graphql}). */
    String graphqlPath();

    /**
     * Validates and authorizes a {@code start}'s subscription and registers it.
     *
     * @param data the start's {@code payload.data}, a JSON string of {@code {query, variables, operationName}}
     * @param authorization the start's {@code payload.extensions.authorization}, signed for IAM as a POST of
     *     {@code data} to {@link #graphqlPath()}
     * @param onData receives each event's {@code payload}, {@code {"data": {"<field>": {...}}}}, restricted to
     *     the subscriber's selection; called on the publishing thread, so it must not block
     * @return the registration, to stop
     * @throws RealtimeRefusal with AppSync's errors when the document is invalid or unauthorized
     */
    Registration subscribe(String data, AuthRequest authorization, Consumer<ObjectNode> onData);

    /** A started subscription. */
    interface Registration {
        /** Stops deliveries; idempotent. */
        void stop();
    }
}
