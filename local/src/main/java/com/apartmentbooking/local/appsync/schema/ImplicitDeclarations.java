package com.apartmentbooking.local.appsync.schema;

import graphql.language.DirectiveDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What AppSync knows without a declaration: its auth directives, {@code @aws_subscribe} and {@code @aws_publish},
 * and its scalars. A schema may declare them itself (schemas exported from AppSync do); then its own stays.
 */
public final class ImplicitDeclarations {

    private static final String DIRECTIVES = """
            directive @aws_api_key on OBJECT | FIELD_DEFINITION
            directive @aws_iam on OBJECT | FIELD_DEFINITION
            directive @aws_oidc on OBJECT | FIELD_DEFINITION
            directive @aws_lambda on OBJECT | FIELD_DEFINITION
            directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_auth(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
            directive @aws_publish(subscriptions: [String]) on FIELD_DEFINITION
            """;

    private static final List<DirectiveDefinition> DIRECTIVE_DEFINITIONS = Parser.parse(DIRECTIVES)
            .getDefinitionsOfType(DirectiveDefinition.class);

    private ImplicitDeclarations() {
    }

    /**
     * Declares in {@code types} AppSync's directives and scalars that it does not declare itself.
     *
     * @return the names of the scalars declared here (a printed schema leaves them out, as AppSync does)
     */
    public static Set<String> declareMissing(TypeDefinitionRegistry types) {
        DIRECTIVE_DEFINITIONS.stream()
                .filter(directive -> types.getDirectiveDefinition(directive.getName()).isEmpty())
                .forEach(types::add);
        Set<String> scalars = new LinkedHashSet<>();
        for (String name : AwsScalars.NAMES) {
            if (!types.scalars().containsKey(name)) {
                types.add(ScalarTypeDefinition.newScalarTypeDefinition().name(name).build());
                scalars.add(name);
            }
        }
        return scalars;
    }
}
