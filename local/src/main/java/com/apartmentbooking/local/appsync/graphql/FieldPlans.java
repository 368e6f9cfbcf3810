package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.ResolverDefinition;
import com.apartmentbooking.local.appsync.auth.AuthType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link FieldPlan} of each field of an API, worked out the first time the field is read. */
final class FieldPlans {

    private final AuthType defaultType;
    private final Map<String, ResolverDefinition> resolvers = new HashMap<>();
    private final Map<String, FieldPlan> plans = new ConcurrentHashMap<>();

    FieldPlans(AuthType defaultType, List<ResolverDefinition> resolvers) {
        this.defaultType = defaultType;
        resolvers.forEach(resolver -> this.resolvers.put(key(resolver.typeName(), resolver.fieldName()), resolver));
    }

    FieldPlan of(GraphQLObjectType type, GraphQLFieldDefinition field) {
        String key = key(type.getName(), field.getName());
        return plans.computeIfAbsent(key,
                absent -> new FieldPlan(FieldAccess.of(type, field, defaultType), resolvers.get(key)));
    }

    private static String key(String typeName, String fieldName) {
        return typeName + "." + fieldName;
    }
}
