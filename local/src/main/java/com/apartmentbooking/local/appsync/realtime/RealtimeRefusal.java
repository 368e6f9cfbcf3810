package com.apartmentbooking.local.appsync.realtime;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A connection or subscription the gateway refuses, with the {@code errors} AppSync sends in the
 * {@code connection_error} or {@code error} message ({@code [{"errorType":..,"message":..}]}, ...).
 */
public final class RealtimeRefusal extends RuntimeException {

    private final transient ArrayNode errors;

    public RealtimeRefusal(ArrayNode errors) {
        super(errors.toString(), null, false, false);
        this.errors = errors;
    }

    public ArrayNode errors() {
        return errors;
    }
}
