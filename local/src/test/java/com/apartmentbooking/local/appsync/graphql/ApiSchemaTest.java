package com.apartmentbooking.local.appsync.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.appsync.schema.AwsScalars;
import graphql.schema.GraphQLSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Schemas get AppSync's directives and scalars unless they declare them, and bad ones say what is wrong. */
class ApiSchemaTest {

    @Test
    void theProductSchemaBuildsWithoutDeclaringAppSyncsDirectivesAndScalars() throws Exception {
        String sdl = Files.readString(Path.of("..", "infra", "schema.graphql"));

        GraphQLSchema schema = ApiSchema.build(sdl, environment -> null);

        assertTrue(schema.getDirective("aws_subscribe") != null);
        AwsScalars.NAMES.forEach(name -> assertTrue(schema.getType(name) != null, name));
    }

    @Test
    void aSchemaMayDeclareTheDirectivesItself() {
        String sdl = """
                directive @aws_iam on FIELD_DEFINITION | OBJECT
                scalar AWSDateTime
                type Query { at: AWSDateTime @aws_iam }
                """;

        GraphQLSchema schema = ApiSchema.build(sdl, environment -> null);

        assertEquals(AuthType.AWS_IAM.directive(), schema.getDirective("aws_iam").getName());
    }

    @Test
    void syntaxErrorIsReported() {
        SchemaException error = assertThrows(SchemaException.class, () -> ApiSchema.build("type Query {", e -> null));

        assertTrue(error.getMessage().startsWith("The schema does not parse: "), error.getMessage());
    }

    @Test
    void undefinedTypeIsReported() {
        SchemaException error = assertThrows(SchemaException.class,
                () -> ApiSchema.build("type Query { a: Missing }", e -> null));

        assertTrue(error.getMessage().startsWith("The schema is not valid: ") && error.getMessage().contains("Missing"),
                error.getMessage());
    }
}
