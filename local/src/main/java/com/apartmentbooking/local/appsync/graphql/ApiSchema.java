package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.schema.AwsScalars;
import com.apartmentbooking.local.appsync.schema.ImplicitDeclarations;
import graphql.GraphQLException;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.SchemaProblem;

/** Builds an API's executable schema from its SDL, with AppSync's implicit directives and scalars. */
final class ApiSchema {

    private ApiSchema() {
    }

    /**
     * @param sdl the schema as written
     * @param fetcher the one data fetcher of every field (it looks up the field's resolver and auth itself)
     * @throws SchemaException with what is wrong
     */
    static GraphQLSchema build(String sdl, DataFetcher<Object> fetcher) {
        TypeDefinitionRegistry types = parse(sdl);
        ImplicitDeclarations.declareMissing(types);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .codeRegistry(GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(environment -> fetcher));
        AwsScalars.all().forEach(wiring::scalar);
        try {
            return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        } catch (SchemaProblem e) {
            throw new SchemaException("The schema is not valid: " + problems(e), e);
        } catch (GraphQLException e) {
            throw new SchemaException("The schema is not valid: " + e.getMessage(), e);
        }
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        if (sdl == null || sdl.isBlank()) {
            throw new SchemaException("The schema is empty.", null);
        }
        try {
            return new SchemaParser().parse(sdl);
        } catch (SchemaProblem e) {
            throw new SchemaException("The schema does not parse: " + problems(e), e);
        }
    }

    private static String problems(SchemaProblem problem) {
        return String.join("; ", problem.getErrors().stream().map(error -> error.getMessage()).toList());
    }
}
