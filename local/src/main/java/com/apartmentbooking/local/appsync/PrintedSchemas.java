package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.appsync.schema.ImplicitDeclarations;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.language.DirectiveDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphqlTypeComparatorRegistry;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GetIntrospectionSchema's documents built straight from an API's SDL with graphql-java: AppSync's implicit
 * scalars and directives are declared where the SDL does not declare them, and left out of the printed SDL as
 * AppSync leaves them out, so the SDL can be given to AppSync again; fields keep the order they are written in.
 */
public final class PrintedSchemas implements SchemaIntrospection {

    /** The classic introspection query, without the members graphql-java adds that AppSync does not answer. */
    private static final String INTROSPECTION_QUERY = IntrospectionQueryBuilder.build(
            IntrospectionQueryBuilder.Options.defaultOptions().isOneOf(false).specifiedByUrl(false)
                    .directiveIsRepeatable(false));

    @Override
    public String sdl(ApiDefinition api, boolean includeDirectives) {
        TypeDefinitionRegistry written = new SchemaParser().parse(api.schema());
        Set<String> implicitScalars = ImplicitDeclarations.declareMissing(written);
        Set<String> declaredDirectives = new Parser().parseDocument(api.schema())
                .getDefinitionsOfType(DirectiveDefinition.class).stream().map(DirectiveDefinition::getName)
                .collect(Collectors.toSet());
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .setComparators(GraphqlTypeComparatorRegistry.AS_IS_REGISTRY)
                .includeDirectiveDefinition(declaredDirectives::contains)
                .includeDirectives(name -> includeDirectives || name.equals("deprecated"))
                .includeSchemaElement(element -> !(element instanceof GraphQLScalarType scalar
                        && implicitScalars.contains(scalar.getName())));
        return new SchemaPrinter(options).print(UnExecutableSchemaGenerator.makeUnExecutableSchema(written));
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
        TypeDefinitionRegistry types = new SchemaParser().parse(api.schema());
        ImplicitDeclarations.declareMissing(types);
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    }
}
