package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.auth.Caller;
import graphql.execution.MergedField;
import graphql.language.FragmentDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one GraphQL request carries into every field's resolution: who called, the request's headers (the
 * resolver's {@code $ctx.request}) and variables, and the top-level mutation fields it ran (to fan out afterwards).
 */
final class RequestScope {

    private final Caller caller;
    private final Map<String, Object> request;
    private final Map<String, Object> variables;
    private final List<MutationField> mutationFields = Collections.synchronizedList(new ArrayList<>());

    RequestScope(Caller caller, Map<String, String> headers, Map<String, Object> variables) {
        this.caller = caller;
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("headers", new LinkedHashMap<>(headers));
        request.put("domainName", null);
        this.request = Collections.unmodifiableMap(request);
        this.variables = variables;
    }

    Caller caller() {
        return caller;
    }

    Map<String, Object> request() {
        return request;
    }

    Map<String, Object> variables() {
        return variables;
    }

    void ranMutationField(MutationField field) {
        mutationFields.add(field);
    }

    /** The top-level mutation fields in the order they ran (mutations run one after the other). */
    List<MutationField> mutationFields() {
        synchronized (mutationFields) {
            return List.copyOf(mutationFields);
        }
    }

    /** A top-level mutation field of the request: its name, where its value is in the response, what it selected. */
    record MutationField(String name, String resultKey, MergedField field, Map<String, FragmentDefinition> fragments) {
    }
}
