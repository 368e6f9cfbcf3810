package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.appsync.auth.Caller;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLDirectiveContainer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which authorization types may read one field, as AppSync decides it: the field's own {@code @aws_*} directives,
 * else its type's, else only the API's default type. Cognito directives may narrow their type to groups.
 *
 * @param allowed each allowed type, with the Cognito groups it is narrowed to (empty: any caller of that type)
 */
record FieldAccess(Map<AuthType, List<String>> allowed) {

    static FieldAccess of(GraphQLDirectiveContainer type, GraphQLDirectiveContainer field, AuthType defaultType) {
        Map<AuthType, List<String>> onField = directives(field);
        if (!onField.isEmpty()) {
            return new FieldAccess(onField);
        }
        Map<AuthType, List<String>> onType = directives(type);
        return new FieldAccess(onType.isEmpty() ? Map.of(defaultType, List.of()) : onType);
    }

    boolean permits(Caller caller) {
        List<String> groups = allowed.get(caller.type());
        return groups != null && (groups.isEmpty() || inAnyGroup(caller, groups));
    }

    private static boolean inAnyGroup(Caller caller, List<String> groups) {
        Object callerGroups = caller.identity() == null ? null : caller.identity().get("groups");
        return callerGroups instanceof Collection<?> memberships && memberships.stream().anyMatch(groups::contains);
    }

    private static Map<AuthType, List<String>> directives(GraphQLDirectiveContainer container) {
        Map<AuthType, List<String>> allowed = new EnumMap<>(AuthType.class);
        for (AuthType type : AuthType.values()) {
            GraphQLAppliedDirective directive = container.getAppliedDirective(type.directive());
            if (directive != null) {
                allowed.put(type, groups(directive));
            }
        }
        // @aws_auth is the older spelling of @aws_cognito_user_pools.
        GraphQLAppliedDirective legacy = container.getAppliedDirective("aws_auth");
        if (legacy != null) {
            allowed.putIfAbsent(AuthType.AMAZON_COGNITO_USER_POOLS, groups(legacy));
        }
        return allowed;
    }

    private static List<String> groups(GraphQLAppliedDirective directive) {
        GraphQLAppliedDirectiveArgument argument = directive.getArgument("cognito_groups");
        Object value = argument == null ? null : argument.getValue();
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
