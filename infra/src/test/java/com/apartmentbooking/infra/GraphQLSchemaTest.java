package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * schema.graphql is the contract's schema, valid once AppSync's own scalars and directives are declared,
 * and the template's resolvers and subscriptions agree with it.
 */
class GraphQLSchemaTest {

    private static final List<String> APPSYNC_SCALARS = List.of(
            "AWSDate", "AWSTime", "AWSDateTime", "AWSTimestamp", "AWSEmail", "AWSJSON", "AWSURL", "AWSPhone",
            "AWSIPAddress");

    /** What AppSync declares implicitly; a schema uploaded to AppSync must not declare these itself. */
    private static final String APPSYNC_PRELUDE = APPSYNC_SCALARS.stream().map(s -> "scalar " + s + "\n")
            .collect(Collectors.joining()) + """
            directive @aws_iam on OBJECT | FIELD_DEFINITION
            directive @aws_api_key on OBJECT | FIELD_DEFINITION
            directive @aws_oidc on OBJECT | FIELD_DEFINITION
            directive @aws_lambda on OBJECT | FIELD_DEFINITION
            directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION
            directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
            directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
            """;

    /** The shared contract's schema (types, fields, arguments), without descriptions or directives. */
    private static final String CONTRACT_SCHEMA = """
            enum ApartmentStatus { VACANT RESERVED PAID }
            enum BookingStatus { REQUESTED RESERVED PAID CONFIRMED EXPIRED REJECTED }
            type Apartment { id: ID! name: String status: ApartmentStatus! bookingId: ID reservedUntil: AWSDateTime updatedAt: AWSDateTime }
            type ApartmentPage { items: [Apartment!]! nextToken: String }
            type Booking { id: ID! apartmentId: ID! customerId: ID! status: BookingStatus! requestedAt: AWSDateTime! paymentWindowSeconds: Int! reservedUntil: AWSDateTime paidAt: AWSDateTime executionArn: String reason: String }
            type HistoryEvent { id: Int! previousEventId: Int timestamp: AWSDateTime! type: String! stateName: String details: AWSJSON }
            type ApartmentStatusChange { apartmentId: ID! status: ApartmentStatus! bookingId: ID updatedAt: AWSDateTime }
            type BookingStatusChange { bookingId: ID! apartmentId: ID! status: BookingStatus! updatedAt: AWSDateTime }
            input RequestBookingInput { apartmentId: ID! customerId: ID! paymentWindowSeconds: Int clientToken: String }
            type Query { apartment(id: ID!): Apartment apartments(status: ApartmentStatus, limit: Int, nextToken: String): ApartmentPage! booking(id: ID!): Booking bookingHistory(bookingId: ID!): [HistoryEvent!]! }
            type Mutation { requestBooking(input: RequestBookingInput!): Booking!
              publishApartmentStatus(apartmentId: ID!, status: ApartmentStatus!, bookingId: ID, updatedAt: AWSDateTime): ApartmentStatusChange
              publishBookingStatus(bookingId: ID!, apartmentId: ID!, status: BookingStatus!, updatedAt: AWSDateTime): BookingStatusChange }
            type Subscription { onApartmentStatusChanged(apartmentId: ID): ApartmentStatusChange
              onBookingStatusChanged(bookingId: ID): BookingStatusChange }
            """;

    /** The contract's response template for the reservation resolver's {"data"} / {"error"} envelope. */
    private static final String ENVELOPE_RESPONSE_TEMPLATE = """
            #if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end
            #if($ctx.result.error)$util.error($ctx.result.error.message, $ctx.result.error.type)#end
            $util.toJson($ctx.result.data)
            """;
    private static final String PUBLISH_REQUEST_TEMPLATE =
            "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($context.arguments)}\n";
    private static final String PUBLISH_RESPONSE_TEMPLATE = "$util.toJson($context.result)\n";

    private static TypeDefinitionRegistry schema() throws IOException {
        SchemaParser parser = new SchemaParser();
        TypeDefinitionRegistry registry = parser.parse(Files.readString(Template.GRAPHQL_SCHEMA_FILE));
        return registry.merge(parser.parse(APPSYNC_PRELUDE));
    }

    private static ObjectTypeDefinition object(TypeDefinitionRegistry registry, String name) {
        return registry.getType(name, ObjectTypeDefinition.class)
                .orElseThrow(() -> new AssertionError("schema has no object type " + name));
    }

    private static String typeString(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeString(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + typeString(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    private static String namedType(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return namedType(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return namedType(list.getType());
        }
        return ((TypeName) type).getName();
    }

    private static String argumentsString(List<InputValueDefinition> arguments) {
        return arguments.stream().map(a -> a.getName() + ": " + typeString(a.getType()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** Each type's members as comparable strings: "field(arg: T): R", "input: T", "ENUM_VALUE". */
    private static Map<String, List<String>> signatures(TypeDefinitionRegistry registry, Set<String> names) {
        Map<String, List<String>> signatures = new LinkedHashMap<>();
        for (String name : names) {
            TypeDefinition<?> type = registry.getType(name).orElse(null);
            if (type instanceof ObjectTypeDefinition object) {
                signatures.put("type " + name, object.getFieldDefinitions().stream()
                        .map(f -> f.getName() + (f.getInputValueDefinitions().isEmpty() ? "" : argumentsString(f.getInputValueDefinitions()))
                                + ": " + typeString(f.getType()))
                        .toList());
            } else if (type instanceof InputObjectTypeDefinition input) {
                signatures.put("input " + name, input.getInputValueDefinitions().stream()
                        .map(f -> f.getName() + ": " + typeString(f.getType())).toList());
            } else if (type instanceof EnumTypeDefinition enumeration) {
                signatures.put("enum " + name, enumeration.getEnumValueDefinitions().stream()
                        .map(EnumValueDefinition::getName).toList());
            } else {
                signatures.put("missing " + name, List.of());
            }
        }
        return signatures;
    }

    private static Set<String> directiveNames(List<Directive> directives) {
        return directives.stream().map(Directive::getName).collect(Collectors.toSet());
    }

    @Test
    void schemaIsTheContractsSchema() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(CONTRACT_SCHEMA).merge(new SchemaParser().parse(APPSYNC_PRELUDE));
        Set<String> contractTypes = contract.types().keySet().stream()
                .filter(name -> !APPSYNC_SCALARS.contains(name)).collect(Collectors.toSet());
        TypeDefinitionRegistry schema = schema();
        Set<String> schemaTypes = schema.types().keySet().stream()
                .filter(name -> !APPSYNC_SCALARS.contains(name)).collect(Collectors.toSet());

        assertEquals(contractTypes, schemaTypes);
        assertEquals(signatures(contract, contractTypes), signatures(schema, contractTypes));
    }

    @Test
    void schemaDeclaresItsOperationTypes() throws IOException {
        TypeDefinitionRegistry schema = schema();
        Map<String, String> operations = new HashMap<>();
        schema.schemaDefinition().orElseThrow(() -> new AssertionError("no schema { ... } block"))
                .getOperationTypeDefinitions().forEach(o -> operations.put(o.getName(), o.getTypeName().getName()));
        assertEquals(Map.of("query", "Query", "mutation", "Mutation", "subscription", "Subscription"), operations);
    }

    private static final Coercing<Object, Object> AS_GIVEN = new Coercing<>() {
        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) {
            return result;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                return string.getValue();
            }
            if (input instanceof IntValue integer) {
                return integer.getValue();
            }
            throw new CoercingParseLiteralException("AWS scalars are strings or, for AWSTimestamp, integers");
        }
    };

    @Test
    void schemaIsExecutable() throws IOException {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        APPSYNC_SCALARS.forEach(name -> wiring.scalar(GraphQLScalarType.newScalar().name(name).coercing(AS_GIVEN).build()));
        wiring.type("Query", type -> type.dataFetcher("apartment", env -> Map.of(
                "id", env.getArgument("id"), "status", "RESERVED", "reservedUntil", "2030-01-01T00:15:00Z")));
        wiring.type("Mutation", type -> type.dataFetcher("publishBookingStatus", env -> env.getArguments()));
        GraphQLSchema executable = new SchemaGenerator().makeExecutableSchema(schema(), wiring.build());
        GraphQL graphQL = GraphQL.newGraphQL(executable).build();

        ExecutionResult query = graphQL.execute("{ apartment(id: \"a-1\") { id status reservedUntil bookingId } }");
        ExecutionResult mutation = graphQL.execute("""
                mutation { publishBookingStatus(bookingId: "b-1", apartmentId: "a-1", status: CONFIRMED,
                  updatedAt: "2030-01-01T00:00:00Z") { bookingId status updatedAt } }""");

        assertEquals(List.of(), query.getErrors());
        Map<String, Object> apartment = new HashMap<>();
        apartment.put("id", "a-1");
        apartment.put("status", "RESERVED");
        apartment.put("reservedUntil", "2030-01-01T00:15:00Z");
        apartment.put("bookingId", null);
        assertEquals(Map.of("apartment", apartment), query.getData());
        assertEquals(List.of(), mutation.getErrors());
        assertEquals(Map.of("publishBookingStatus", Map.of("bookingId", "b-1", "status", "CONFIRMED",
                "updatedAt", "2030-01-01T00:00:00Z")), mutation.getData());
    }

    @Test
    void onlyIamMayPublishAndBothModesMayReadStatusChanges() throws IOException {
        TypeDefinitionRegistry schema = schema();
        ObjectTypeDefinition mutation = object(schema, "Mutation");
        for (FieldDefinition field : mutation.getFieldDefinitions()) {
            Set<String> expected = field.getName().startsWith("publish") ? Set.of("aws_iam") : Set.of();
            assertEquals(expected, directiveNames(field.getDirectives()), "Mutation." + field.getName());
        }
        for (String type : List.of("ApartmentStatusChange", "BookingStatusChange")) {
            assertEquals(Set.of("aws_api_key", "aws_iam"), directiveNames(object(schema, type).getDirectives()), type);
        }
    }

    @Test
    void subscriptionsFollowTheirPublishMutations() throws IOException {
        TypeDefinitionRegistry schema = schema();
        ObjectTypeDefinition mutation = object(schema, "Mutation");
        List<FieldDefinition> subscriptions = object(schema, "Subscription").getFieldDefinitions();
        assertFalse(subscriptions.isEmpty());
        for (FieldDefinition subscription : subscriptions) {
            String where = "Subscription." + subscription.getName();
            Directive subscribe = subscription.getDirectives("aws_subscribe").stream().findFirst()
                    .orElseThrow(() -> new AssertionError(where + " has no @aws_subscribe"));
            ArrayValue mutations = (ArrayValue) subscribe.getArgument("mutations").getValue();
            assertFalse(mutations.getValues().isEmpty(), where);
            for (Value<?> value : mutations.getValues()) {
                String name = ((StringValue) value).getValue();
                FieldDefinition published = mutation.getFieldDefinitions().stream().filter(f -> f.getName().equals(name))
                        .findFirst().orElseThrow(() -> new AssertionError(where + " subscribes to missing mutation " + name));
                // AppSync delivers the mutation's selection to subscribers: the types must be the same.
                assertEquals(namedType(published.getType()), namedType(subscription.getType()), where + " vs " + name);
            }
            // Subscription arguments filter on the published object's fields of the same name.
            ObjectTypeDefinition delivered = object(schema, namedType(subscription.getType()));
            for (InputValueDefinition argument : subscription.getInputValueDefinitions()) {
                FieldDefinition field = delivered.getFieldDefinitions().stream()
                        .filter(f -> f.getName().equals(argument.getName())).findFirst()
                        .orElseThrow(() -> new AssertionError(where + ": argument " + argument.getName()
                                + " is no field of " + delivered.getName()));
                assertEquals(namedType(field.getType()), namedType(argument.getType()), where + "." + argument.getName());
            }
        }
    }

    private record Resolver(String id, String typeName, String fieldName, Map<String, Object> properties) {
    }

    private static List<Resolver> resolvers(Template template) {
        List<Resolver> resolvers = new ArrayList<>();
        for (String id : template.resourcesOfType("AWS::AppSync::Resolver")) {
            Map<String, Object> properties = template.properties(id);
            resolvers.add(new Resolver(id, (String) properties.get("TypeName"), (String) properties.get("FieldName"), properties));
        }
        return resolvers;
    }

    @Test
    void templateDeploysThisSchemaFile() {
        Template template = Template.load();
        List<String> schemas = template.resourcesOfType("AWS::AppSync::GraphQLSchema");
        assertEquals(1, schemas.size());
        Object location = template.properties(schemas.get(0)).get("DefinitionS3Location");
        assertEquals(Template.GRAPHQL_SCHEMA_FILE, Template.MODULE_DIR.resolve(String.valueOf(location)));
    }

    @Test
    void everyResolverFieldExistsAndEveryQueryAndMutationFieldHasOneResolver() throws IOException {
        TypeDefinitionRegistry schema = schema();
        Template template = Template.load();
        String schemaResource = template.resourcesOfType("AWS::AppSync::GraphQLSchema").get(0);
        List<Resolver> resolvers = resolvers(template);

        Map<String, Integer> perField = new HashMap<>();
        for (Resolver resolver : resolvers) {
            String field = resolver.typeName() + "." + resolver.fieldName();
            boolean exists = object(schema, resolver.typeName()).getFieldDefinitions().stream()
                    .anyMatch(f -> f.getName().equals(resolver.fieldName()));
            assertTrue(exists, resolver.id() + ": " + field + " is not in schema.graphql");
            assertEquals("UNIT", resolver.properties().get("Kind"), resolver.id());
            // AppSync rejects a resolver for a field its schema does not have yet.
            assertEquals(schemaResource, template.resource(resolver.id()).get("DependsOn"), resolver.id() + " DependsOn");
            perField.merge(field, 1, Integer::sum);
        }
        for (String type : List.of("Query", "Mutation")) {
            for (FieldDefinition field : object(schema, type).getFieldDefinitions()) {
                assertEquals(1, perField.getOrDefault(type + "." + field.getName(), 0), type + "." + field.getName() + " resolvers");
            }
        }
    }

    @Test
    void reservationFieldsUseTheLambdaEnvelopeAndPublishFieldsEchoTheirArguments() {
        Template template = Template.load();
        List<Resolver> resolvers = resolvers(template);
        assertFalse(resolvers.isEmpty());
        for (Resolver resolver : resolvers) {
            Object dataSourceName = resolver.properties().get("DataSourceName");
            List<?> getAtt = Template.list(Template.map(dataSourceName, resolver.id() + ".DataSourceName").get("Fn::GetAtt"), "GetAtt");
            assertEquals("Name", getAtt.get(1), resolver.id());
            Map<String, Object> dataSource = template.properties((String) getAtt.get(0));
            assertNotNull(dataSource.get("Type"), resolver.id());
            if (resolver.fieldName().startsWith("publish")) {
                assertEquals("NONE", dataSource.get("Type"), resolver.id());
                assertEquals(PUBLISH_REQUEST_TEMPLATE, resolver.properties().get("RequestMappingTemplate"), resolver.id());
                assertEquals(PUBLISH_RESPONSE_TEMPLATE, resolver.properties().get("ResponseMappingTemplate"), resolver.id());
            } else {
                assertEquals("AWS_LAMBDA", dataSource.get("Type"), resolver.id());
                assertFalse(resolver.properties().containsKey("RequestMappingTemplate"),
                        resolver.id() + ": a direct Lambda resolver has no request template");
                assertEquals(ENVELOPE_RESPONSE_TEMPLATE, resolver.properties().get("ResponseMappingTemplate"), resolver.id());
            }
        }
    }
}
