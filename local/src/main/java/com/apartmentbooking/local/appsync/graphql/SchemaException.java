package com.apartmentbooking.local.appsync.graphql;

/** A schema AppSync would not accept: it does not parse, or its types do not fit together. */
public final class SchemaException extends RuntimeException {

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
