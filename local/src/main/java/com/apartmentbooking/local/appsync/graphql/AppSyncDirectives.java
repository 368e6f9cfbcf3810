package com.apartmentbooking.local.appsync.graphql;

import graphql.language.DirectiveDefinition;
import graphql.parser.Parser;
import java.util.List;

/**
 * The directives AppSync knows without a declaration: the auth directives, {@code @aws_subscribe} and
 * {@code @aws_publish}. A schema may declare them itself (schemas exported from AppSync do); then its own stays.
 */
final class AppSyncDirectives {

    private static final String SDL = """
            directive @aws_api_key on OBJECT | FIELD_DEFINITION
            directive @aws_iam on OBJECT | FIELD_DEFINITION
            directive @aws_oidc on OBJECT | FIELD_DEFINITION
            directive @aws_lambda on OBJECT | FIELD_DEFINITION
            directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_auth(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
            directive @aws_publish(subscriptions: [String]) on FIELD_DEFINITION
            """;

    static final List<DirectiveDefinition> DEFINITIONS = Parser.parse(SDL).getDefinitionsOfType(DirectiveDefinition.class);

    private AppSyncDirectives() {
    }
}
