package com.apartmentbooking.local.appsync.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which API the GraphQL and real-time endpoints' paths and AWS host names address. */
class ApiAddressTest {

    @Test
    void graphQlPathsAndHost() {
        assertEquals(Optional.of(new ApiAddress(null, "/graphql")), ApiAddress.ofGraphQl("/graphql", "localhost:4566"));
        assertEquals(Optional.of(new ApiAddress("abc123", "/graphql/abc123")),
                ApiAddress.ofGraphQl("/graphql/abc123", "localhost"));
        assertEquals(Optional.of(new ApiAddress("abc123", "/graphql")),
                ApiAddress.ofGraphQl("/graphql", "abc123.appsync-api.eu-west-1.amazonaws.com:4566"));
        assertEquals(Optional.empty(), ApiAddress.ofGraphQl("/graphql/a/b", "localhost"));
    }

    @Test
    void realtimePathsAndHost() {
        assertEquals(Optional.of(new ApiAddress(null, "/graphql")), ApiAddress.ofRealtime("/graphql/realtime", "localhost"));
        assertEquals(Optional.of(new ApiAddress("abc123", "/graphql/abc123")),
                ApiAddress.ofRealtime("/graphql/abc123/realtime", "localhost"));
        assertEquals(Optional.of(new ApiAddress("abc123", "/graphql")),
                ApiAddress.ofRealtime("/graphql", "abc123.appsync-realtime-api.eu-west-1.amazonaws.com"));
        assertEquals(Optional.empty(), ApiAddress.ofRealtime("/graphql", "localhost"));
    }
}
