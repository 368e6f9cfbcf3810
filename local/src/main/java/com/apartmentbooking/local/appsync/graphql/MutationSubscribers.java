package com.apartmentbooking.local.appsync.graphql;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which subscription fields each mutation field triggers, from the {@code @aws_subscribe(mutations: [...])}s. */
final class MutationSubscribers {

    private final Map<String, List<String>> byMutation = new HashMap<>();

    MutationSubscribers(GraphQLSchema schema) {
        GraphQLObjectType subscription = schema.getSubscriptionType();
        if (subscription == null) {
            return;
        }
        for (GraphQLFieldDefinition field : subscription.getFieldDefinitions()) {
            GraphQLAppliedDirective subscribe = field.getAppliedDirective("aws_subscribe");
            GraphQLAppliedDirectiveArgument mutations = subscribe == null ? null : subscribe.getArgument("mutations");
            if (mutations != null && mutations.getValue() instanceof List<?> names) {
                names.forEach(name -> byMutation.computeIfAbsent(String.valueOf(name), key -> new ArrayList<>())
                        .add(field.getName()));
            }
        }
    }

    List<String> of(String mutationField) {
        return byMutation.getOrDefault(mutationField, List.of());
    }
}
