package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.appsync.schema.AwsScalars;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.language.DirectiveDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphqlTypeComparatorRegistry;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GetIntrospectionSchema's documents built straight from an API's SDL with graphql-java: AppSync's implicit
 * scalars and directives are declared where the SDL does not declare them, and left out of the printed SDL as
 * AppSync leaves them out, so the SDL can be given to AppSync again; fields keep the order they are written in.
 */
public final class PrintedSchemas implements SchemaIntrospection {

    /** AppSync's directives, by name, which a schema uses without declaring them. */
    private static final Map<String, String> APPSYNC_DIRECTIVES = Map.of(
            "aws_api_key", "directive @aws_api_key on OBJECT | FIELD_DEFINITION",
            "aws_iam", "directive @aws_iam on OBJECT | FIELD_DEFINITION",
            "aws_oidc", "directive @aws_oidc on OBJECT | FIELD_DEFINITION",
            "aws_lambda", "directive @aws_lambda on OBJECT | FIELD_DEFINITION",
            "aws_cognito_user_pools",
            "directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION",
            "aws_auth", "directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION",
            "aws_subscribe", "directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION",
            "aws_publish", "directive @aws_publish(subscriptions: [String]) on FIELD_DEFINITION");

    /** The classic introspection query, without the members graphql-java adds that AppSync does not answer. */
    private static final String INTROSPECTION_QUERY = IntrospectionQueryBuilder.build(
            IntrospectionQueryBuilder.Options.defaultOptions().isOneOf(false).specifiedByUrl(false)
                    .directiveIsRepeatable(false));

    @Override
    public String sdl(ApiDefinition api, boolean includeDirectives) {
        TypeDefinitionRegistry written = new SchemaParser().parse(api.schema());
        Set<String> implicitScalars = implicitScalars(written);
        Set<String> declaredDirectives = new Parser().parseDocument(api.schema())
                .getDefinitionsOfType(DirectiveDefinition.class).stream().map(DirectiveDefinition::getName)
                .collect(Collectors.toSet());
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .setComparators(GraphqlTypeComparatorRegistry.AS_IS_REGISTRY)
                .includeDirectiveDefinition(declaredDirectives::contains)
                .includeDirectives(name -> includeDirectives || name.equals("deprecated"))
                .includeSchemaElement(element -> !(element instanceof GraphQLScalarType scalar
                        && implicitScalars.contains(scalar.getName())));
        return new SchemaPrinter(options).print(schema(written));
    }

    @Override
    public String json(ApiDefinition api) {
        ExecutionResult result = GraphQL.newGraphQL(schema(api)).build().execute(INTROSPECTION_QUERY);
        try {
            return Json.DATA.writeValueAsString(result.toSpecification());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The introspection result of " + api.apiId() + " is not JSON", e);
        }
    }

    private static GraphQLSchema schema(ApiDefinition api) {
        return schema(new SchemaParser().parse(api.schema()));
    }

    /** The schema as written with AppSync's scalars and directives declared where it does not declare them. */
    private static GraphQLSchema schema(TypeDefinitionRegistry written) {
        List<String> declarations = new ArrayList<>();
        implicitScalars(written).forEach(name -> declarations.add("scalar " + name));
        APPSYNC_DIRECTIVES.forEach((name, declaration) -> {
            if (written.getDirectiveDefinition(name).isEmpty()) {
                declarations.add(declaration);
            }
        });
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry().merge(written)
                .merge(new SchemaParser().parse(String.join("\n", declarations)));
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    private static Set<String> implicitScalars(TypeDefinitionRegistry written) {
        return AwsScalars.NAMES.stream().filter(name -> !written.scalars().containsKey(name))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
