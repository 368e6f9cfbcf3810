package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.vtl.TemplateError;

/**
 * What a step of a resolution gave: a value, or the error that ends the field ({@code $util.error}, a data source's
 * failure without a response template).
 *
 * @param value the value (null when raised)
 * @param raised the error, or null
 * @param finished whether the resolver's value is decided and later steps are skipped ({@code #return} in a
 *     pipeline's before template, or any error)
 */
record Resolved(Object value, TemplateError raised, boolean finished) {

    static Resolved value(Object value) {
        return new Resolved(value, null, false);
    }

    static Resolved finalValue(Object value) {
        return new Resolved(value, null, true);
    }

    static Resolved error(TemplateError error) {
        return new Resolved(null, error, true);
    }

    static Resolved error(String message, String errorType) {
        return error(new TemplateError(message, errorType, null, null));
    }
}
