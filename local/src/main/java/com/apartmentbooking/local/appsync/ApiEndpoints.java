package com.apartmentbooking.local.appsync;

import java.net.URI;

/**
 * Where an API is served on the runtime's one port: {@code <endpoint>/graphql/<apiId>} and its real-time form
 * {@code ws(s)://.../graphql/<apiId>/realtime}, the same URLs the template's {@code GraphQLUrl} and
 * {@code RealtimeUrl} give.
 */
public record ApiEndpoints(URI endpoint) {

    public String graphqlUrl(String apiId) {
        return base() + "/graphql/" + apiId;
    }

    public String realtimeUrl(String apiId) {
        return base().replaceFirst("^http", "ws") + "/graphql/" + apiId + "/realtime";
    }

    /** The host and port both URLs name, as AppSync's {@code dns} names its endpoints' hosts. */
    public String host() {
        return endpoint.getRawAuthority();
    }

    private String base() {
        String text = endpoint.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
