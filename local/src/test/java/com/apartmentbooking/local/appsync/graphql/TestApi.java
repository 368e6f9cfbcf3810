package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.ApiDirectory;
import com.apartmentbooking.local.appsync.ApiKey;
import com.apartmentbooking.local.appsync.DataSourceDefinition;
import com.apartmentbooking.local.appsync.PipelineFunctionDefinition;
import com.apartmentbooking.local.appsync.ResolverDefinition;
import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.appsync.auth.Caller;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small API in the product's shape (API_KEY default, AWS_IAM additional) and an engine serving it. */
final class TestApi {

    static final String API_ID = "testapi1";
    static final String FUNCTION = "arn:aws:lambda:eu-west-1:123456789012:function:reservation:live";

    static final String SCHEMA = """
            schema { query: Query mutation: Mutation subscription: Subscription }
            enum ApartmentStatus { VACANT RESERVED PAID }
            type Apartment { id: ID! name: String status: ApartmentStatus! bookingId: ID }
            type ApartmentPage { items: [Apartment!]! nextToken: String }
            type Booking { id: ID! apartmentId: ID! status: String! }
            type ApartmentStatusChange @aws_api_key @aws_iam {
              apartmentId: ID!
              status: ApartmentStatus!
              bookingId: ID
              updatedAt: AWSDateTime
            }
            type Secret { visible: String hidden: String @aws_iam }
            input RequestBookingInput { apartmentId: ID! customerId: ID! paymentWindowSeconds: Int }
            type Query {
              apartment(id: ID!): Apartment
              apartments(status: ApartmentStatus, limit: Int): ApartmentPage!
              failing: Apartment
              failingRaw: Apartment
              refused: String
              appended: String
              piped(id: ID!): String
              secret: Secret
              iamOnly: String @aws_iam
              whoAmI: String @aws_iam
              returned(id: ID!): Apartment
              nothing: String
            }
            type Mutation {
              requestBooking(input: RequestBookingInput!): Booking!
              publishApartmentStatus(apartmentId: ID!, status: ApartmentStatus!, bookingId: ID, updatedAt: AWSDateTime):
                ApartmentStatusChange @aws_iam
            }
            type Subscription {
              onApartmentStatusChanged(apartmentId: ID): ApartmentStatusChange
                @aws_subscribe(mutations: ["publishApartmentStatus"])
            }
            """;

    private static final String ENVELOPE = """
            #if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end
            $util.toJson($ctx.result.data)
            """;
    private static final String ARGUMENTS = "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($context.arguments)}";
    private static final String RESULT = "$util.toJson($context.result)";

    final RecordingInvoker invoker = new RecordingInvoker();
    final List<ApiDefinition> apis = new CopyOnWriteArrayList<>(List.of(definition(API_ID, SCHEMA)));
    final GraphQlEngine engine = new GraphQlEngine(directory(), definition -> new FakeAuthorizer(), invoker,
            new ScriptedTemplates());

    static ApiDefinition definition(String apiId, String schema) {
        return new ApiDefinition(apiId, "test-api", "arn:aws:appsync:eu-west-1:123456789012:apis/" + apiId,
                AuthType.API_KEY, List.of(AuthType.AWS_IAM), schema,
                List.of(new DataSourceDefinition("Reservation", "AWS_LAMBDA", FUNCTION, null, null),
                        new DataSourceDefinition("Publish", "NONE", null, null, null)),
                List.of(new PipelineFunctionDefinition("f1", "echo", "Publish", ARGUMENTS, RESULT),
                        new PipelineFunctionDefinition("f2", "lambda", "Reservation", null, null)),
                List.of(unit("Query", "apartment", "Reservation", null, ENVELOPE),
                        unit("Query", "apartments", "Reservation", null, ENVELOPE),
                        unit("Query", "failing", "Reservation", null, ENVELOPE),
                        unit("Query", "failingRaw", "Reservation", null, null),
                        unit("Query", "refused", "Publish", ARGUMENTS, "$util.error(\"Booking not found\", \"NotFound\")"),
                        unit("Query", "appended", "Publish", "{\"version\": \"2018-05-29\", \"payload\": \"kept\"}",
                                "$util.appendError(\"first\", \"Warning\")\n" + RESULT),
                        new ResolverDefinition("Query", "piped", "PIPELINE", null, List.of("f1", "f2"),
                                "$util.qr($ctx.stash.put(\"step\", \"before\"))\n{}", "$util.toJson($ctx.prev.result)"),
                        unit("Query", "secret", "Publish",
                                "{\"version\": \"2018-05-29\", \"payload\": {\"visible\": \"v\", \"hidden\": \"h\"}}", RESULT),
                        unit("Query", "iamOnly", "Publish", "{\"version\": \"2018-05-29\", \"payload\": \"iam\"}", RESULT),
                        unit("Query", "whoAmI", "Reservation", null, null),
                        unit("Query", "returned", "Reservation", "#return($util.toJson($ctx.arguments))", ENVELOPE),
                        unit("Mutation", "requestBooking", "Reservation", null, ENVELOPE),
                        unit("Mutation", "publishApartmentStatus", "Publish", ARGUMENTS, RESULT)),
                false);
    }

    private static ResolverDefinition unit(String type, String field, String dataSource, String request,
            String response) {
        return new ResolverDefinition(type, field, "UNIT", dataSource, List.of(), request, response);
    }

    private ApiDirectory directory() {
        return new ApiDirectory() {
            @Override
            public Optional<ApiDefinition> api(String apiId) {
                return apis.stream().filter(api -> api.apiId().equals(apiId)).findFirst();
            }

            @Override
            public List<ApiDefinition> apis() {
                return apis;
            }

            @Override
            public Optional<ApiKey> apiKey(String apiId, String key) {
                return Optional.empty();
            }
        };
    }

    JsonNode run(String query, Caller caller) {
        return run(new GraphQlRequest(query, Map.of(), null), caller);
    }

    JsonNode run(GraphQlRequest request, Caller caller) {
        return engine.execute(API_ID, request, caller, Map.of("x-api-key", FakeAuthorizer.KEY)).join();
    }

    static JsonNode json(String text) {
        try {
            return Json.DATA.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
