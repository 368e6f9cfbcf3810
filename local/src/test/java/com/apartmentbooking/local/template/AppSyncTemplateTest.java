package com.apartmentbooking.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template's AppSync resources become one resolved API each; what cannot be served is refused by name. */
class AppSyncTemplateTest {

    private static final Path TEMPLATE = Path.of("..", "infra", "template.yaml");
    private static final String API_ARN_PREFIX = "arn:aws:appsync:eu-west-1:000000000000:apis/";

    @TempDir
    Path directory;

    @BeforeEach
    void writeSchema() throws IOException {
        Files.writeString(directory.resolve("schema.graphql"), "type Query { a: String }");
    }

    @Test
    void theRealTemplatesApiHasItsSchemaDataSourcesResolversAndKey() throws IOException {
        ResolvedTemplate model = TemplateLoader.load(TEMPLATE, Map.of("PaymentWebhookSecret", "0123456789abcdef-x"),
                new StackSettings("booking-stack", "eu-west-1", "000000000000", URI.create("http://127.0.0.1:4599")));
        GraphQLApiSpec api = model.graphqlApi("GraphQLApi");
        assertTrue(api.apiId().matches("[a-z0-9]{26}"), "an id of AppSync's form: " + api.apiId());
        assertEquals("booking-stack-api", api.name());
        assertEquals(API_ARN_PREFIX + api.apiId(), api.arn());
        assertEquals("API_KEY", api.authenticationType());
        assertEquals(List.of("AWS_IAM"), api.additionalAuthenticationTypes());
        assertTrue(api.xrayEnabled());
        assertEquals("http://127.0.0.1:4599/graphql/" + api.apiId(), api.graphqlUrl());
        assertEquals("ws://127.0.0.1:4599/graphql/" + api.apiId() + "/realtime", api.realtimeUrl());
        assertEquals(Files.readString(TEMPLATE.resolveSibling("schema.graphql")), api.schema());

        assertEquals(List.of(
                new GraphQLApiSpec.DataSource("ReservationDataSource", "ReservationApi", "AWS_LAMBDA",
                        api.arn() + "/datasources/ReservationApi",
                        "arn:aws:lambda:eu-west-1:000000000000:function:booking-stack-ReservationApiFunction:live",
                        "arn:aws:iam::000000000000:role/booking-stack-AppSyncReservationInvokeRole", null),
                new GraphQLApiSpec.DataSource("PublishDataSource", "StatusPublish", "NONE",
                        api.arn() + "/datasources/StatusPublish", null, null, null)), api.dataSources());
        assertEquals(List.of("Query.apartment", "Query.apartments", "Query.booking", "Query.bookingHistory",
                "Mutation.requestBooking", "Mutation.publishApartmentStatus", "Mutation.publishBookingStatus"),
                api.resolvers().stream().map(r -> r.typeName() + "." + r.fieldName()).toList());
        GraphQLApiSpec.Resolver apartment = api.resolvers().get(0);
        assertEquals(api.arn() + "/types/Query/resolvers/apartment", apartment.arn());
        assertEquals("UNIT", apartment.kind());
        assertEquals("ReservationApi", apartment.dataSourceName());
        assertNull(apartment.requestTemplate(), "a direct Lambda resolver has no request template");
        assertTrue(apartment.responseTemplate().contains("$util.toJson($ctx.result.data)"));
        GraphQLApiSpec.Resolver publish = api.resolvers().get(5);
        assertEquals("StatusPublish", publish.dataSourceName());
        assertEquals("{\"version\": \"2018-05-29\", \"payload\": $util.toJson($context.arguments)}\n",
                publish.requestTemplate());
        assertEquals(List.of(), api.functions());
        assertEquals(List.of(new ApiKeySpec("ApiKey", api.apiId(),
                "Front-end access to queries, requestBooking and the subscriptions.", null)), api.apiKeys());
    }

    @Test
    void theKeysExpiryParameterReachesTheKey() {
        ResolvedTemplate model = TemplateLoader.load(TEMPLATE, Map.of("PaymentWebhookSecret", "0123456789abcdef-x",
                "ApiKeyExpires", "1900000000"), InlineTemplates.SETTINGS);
        assertEquals(1_900_000_000L, model.graphqlApi("GraphQLApi").apiKeys().get(0).expires());
    }

    @Test
    void pipelinesFunctionsAndTemplatesFromLocalFiles() throws IOException {
        Files.writeString(directory.resolve("before.vtl"), "{}");
        Files.writeString(directory.resolve("fn-request.vtl"), "{\"version\": \"2018-05-29\", \"payload\": {}}");
        ResolvedTemplate model = InlineTemplates.load(directory, api("""
                  Fn:
                    Type: AWS::AppSync::FunctionConfiguration
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      Name: first
                      DataSourceName: !GetAtt Nothing.Name
                      FunctionVersion: "2018-05-29"
                      RequestMappingTemplateS3Location: fn-request.vtl
                      ResponseMappingTemplate: $util.toJson($ctx.result)
                  Pipeline:
                    Type: AWS::AppSync::Resolver
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      TypeName: Query
                      FieldName: a
                      Kind: PIPELINE
                      PipelineConfig:
                        Functions: [!GetAtt Fn.FunctionId]
                      RequestMappingTemplateS3Location: before.vtl
                      ResponseMappingTemplate: $util.toJson($ctx.prev.result)
                """), Map.of());
        GraphQLApiSpec api = model.graphqlApi("Api");
        assertEquals(List.of(new GraphQLApiSpec.PipelineFunction("Fn", "Fn", "first",
                api.arn() + "/functions/Fn", "none", null, "2018-05-29",
                "{\"version\": \"2018-05-29\", \"payload\": {}}", "$util.toJson($ctx.result)")), api.functions());
        assertEquals(List.of(new GraphQLApiSpec.Resolver("Pipeline", "Query", "a",
                api.arn() + "/types/Query/resolvers/a", "PIPELINE", null,
                List.of("Fn"), "{}", "$util.toJson($ctx.prev.result)")), api.resolvers());
        assertEquals("type Query { a: String }", api.schema());
    }

    @Test
    void aKeysValueComesFromTheRuntimeWhenReferenced() {
        String yaml = api("") + """
                  Key:
                    Type: AWS::AppSync::ApiKey
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h::handleRequest
                      Runtime: java21
                      CodeUri: code.jar
                      Environment:
                        Variables:
                          KEY: !GetAtt Key.ApiKey
                          KEY_ARN: !Ref Key
                """;
        TemplateException refused = assertThrows(TemplateException.class,
                () -> InlineTemplates.load(directory, yaml, Map.of()));
        assertTrue(refused.getMessage().contains("the value of API key Key is known only to a running runtime"),
                refused.getMessage());

        Path file = directory.resolve("template.yaml");
        ResolvedTemplate model = TemplateLoader.load(file, Map.of(), InlineTemplates.SETTINGS,
                logicalId -> "da2-" + logicalId.toLowerCase());
        assertEquals(Map.of("KEY", "da2-key",
                "KEY_ARN", model.graphqlApi("Api").arn() + "/apikeys/da2-key"),
                model.function("Fn").environment());
    }

    @Test
    void dataSourcesOtherThanLambdaAndNoneAreRefusedByName() {
        assertRefused(api("""
                  Table:
                    Type: AWS::AppSync::DataSource
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      Name: Items
                      Type: AMAZON_DYNAMODB
                      DynamoDBConfig:
                        TableName: items
                        AwsRegion: eu-west-1
                """), "resource Table (AWS::AppSync::DataSource) cannot be resolved: data source type "
                + "AMAZON_DYNAMODB is not served by the local runtime (only AWS_LAMBDA and NONE)");
    }

    @Test
    void javaScriptResolversAreRefusedByName() {
        assertRefused(api("""
                  Resolver:
                    Type: AWS::AppSync::Resolver
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      TypeName: Query
                      FieldName: a
                      DataSourceName: none
                      Runtime:
                        Name: APPSYNC_JS
                        RuntimeVersion: 1.0.0
                      Code: "export function request() {}"
                """), "resource Resolver (AWS::AppSync::Resolver) cannot be resolved: Resolver.Code: APPSYNC_JS "
                + "resolver code is not served by the local runtime");
    }

    @Test
    void mappingTemplatesInS3AreRefused() {
        assertRefused(api("""
                  Resolver:
                    Type: AWS::AppSync::Resolver
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      TypeName: Query
                      FieldName: a
                      DataSourceName: none
                      RequestMappingTemplateS3Location: s3://bucket/request.vtl
                """), "Resolver.RequestMappingTemplateS3Location: s3://bucket/request.vtl is in S3");
    }

    @Test
    void aResolverOfAnUnknownDataSourceOrApiIsRefused() {
        assertRefused(api("""
                  Resolver:
                    Type: AWS::AppSync::Resolver
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      TypeName: Query
                      FieldName: a
                      DataSourceName: missing
                """), "resource Resolver: No data source found named missing");
        assertRefused(api("""
                  Resolver:
                    Type: AWS::AppSync::Resolver
                    Properties:
                      ApiId: other
                      TypeName: Query
                      FieldName: a
                      DataSourceName: none
                """), "resource Resolver: ApiId other is not an AWS::AppSync::GraphQLApi of the template");
    }

    @Test
    void anApiNeedsASchemaAndAKnownAuthenticationType() {
        assertRefused("""
                Resources:
                  Api:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      Name: api
                      AuthenticationType: API_KEY
                """, "resource Api: the GraphQL API has no AWS::AppSync::GraphQLSchema");
        assertRefused("""
                Resources:
                  Api:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      Name: api
                      AuthenticationType: PASSWORD
                """, "Api: AuthenticationType PASSWORD is not one of AMAZON_COGNITO_USER_POOLS, API_KEY, AWS_IAM");
    }

    private void assertRefused(String yaml, String expected) {
        TemplateException refused = assertThrows(TemplateException.class,
                () -> InlineTemplates.load(directory, yaml, Map.of()));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    /** An API with an inline schema and a NONE data source named "none", then the given resources. */
    private static String api(String more) {
        return """
                Resources:
                  Api:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      Name: api
                      AuthenticationType: API_KEY
                  Schema:
                    Type: AWS::AppSync::GraphQLSchema
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      DefinitionS3Location: schema.graphql
                  Nothing:
                    Type: AWS::AppSync::DataSource
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      Name: none
                      Type: NONE
                """ + more;
    }
}
