package com.apartmentbooking.local.appsync.graphql;

import static com.apartmentbooking.local.appsync.graphql.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.lambda.LambdaException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit and pipeline resolvers over NONE and Lambda data sources, their events and their errors. */
class ResolverTest {

    private final TestApi api = new TestApi();

    @Test
    void directLambdaResolverSendsTheWholeContext() {
        api.invoker.answer(event -> RecordingInvoker.success(
                "{\"data\": {\"id\": \"b-1\", \"apartmentId\": \"apt-1\", \"status\": \"REQUESTED\"}}"));
        GraphQlRequest request = new GraphQlRequest("""
                mutation Book($input: RequestBookingInput!) {
                  requestBooking(input: $input) { id status }
                }""", Map.of("input", Map.of("apartmentId", "apt-1", "customerId", "customer-7")), null);

        JsonNode response = api.engine.execute(TestApi.API_ID, request, FakeAuthorizer.API_KEY,
                Map.of("content-type", "application/json", "x-api-key", FakeAuthorizer.KEY)).join();

        assertEquals(json("{\"data\": {\"requestBooking\": {\"id\": \"b-1\", \"status\": \"REQUESTED\"}}}"), response);
        assertEquals(TestApi.FUNCTION, api.invoker.functions.get(0));
        assertEquals(json("""
                {"arguments": {"input": {"apartmentId": "apt-1", "customerId": "customer-7"}},
                 "identity": null,
                 "source": null,
                 "request": {"headers": {"content-type": "application/json", "x-api-key": "da2-good"},
                             "domainName": null},
                 "prev": null,
                 "info": {"selectionSetList": ["id", "status"], "selectionSetGraphQL": "{\\n  id\\n  status\\n}",
                          "parentTypeName": "Mutation", "fieldName": "requestBooking",
                          "variables": {"input": {"apartmentId": "apt-1", "customerId": "customer-7"}}},
                 "stash": {}}
                """), api.invoker.payloads.get(0));
    }

    @Test
    void iamCallersIdentityIsTheEventsIdentity() {
        api.invoker.answer(event -> RecordingInvoker.success("\"ops\""));

        assertEquals(json("{\"data\": {\"whoAmI\": \"ops\"}}"), api.run("{ whoAmI }", FakeAuthorizer.IAM));
        assertEquals(json("{\"accountId\": \"123456789012\", \"userArn\": \"arn:aws:iam::123456789012:user/ops\"}"),
                api.invoker.payloads.get(0).get("identity"));
    }

    @Test
    void eventKeysComeInAppSyncsOrder() {
        api.run("{ apartment(id: \"apt-1\") { id } }", FakeAuthorizer.API_KEY);

        assertEquals("[arguments, identity, source, request, prev, info, stash]",
                fieldNames(api.invoker.payloads.get(0)));
    }

    @Test
    void selectionSetListIsDepthFirstByNameWithFragmentsExpanded() {
        api.invoker.answer(event -> RecordingInvoker.success("{\"data\": {\"items\": []}}"));
        api.run("""
                { apartments { list: items { id ...More } nextToken } }
                fragment More on Apartment { status }""", FakeAuthorizer.API_KEY);

        assertEquals(json("[\"items\", \"items/id\", \"items/status\", \"nextToken\"]"),
                api.invoker.payloads.get(0).at("/info/selectionSetList"));
    }

    @Test
    void lambdaFailureReachesTheResponseTemplateAsCtxError() {
        api.invoker.answer(event -> RecordingInvoker.unhandled("table is gone"));

        assertEquals(json("""
                {"data": {"failing": null}, "errors": [{"path": ["failing"], "data": null,
                  "errorType": "Lambda:Unhandled", "errorInfo": null,
                  "locations": [{"line": 1, "column": 3, "sourceName": null}], "message": "table is gone"}]}
                """), api.run("{ failing { id } }", FakeAuthorizer.API_KEY));
    }

    @Test
    void lambdaFailureWithoutResponseTemplateIsTheFieldsError() {
        api.invoker.answer(event -> RecordingInvoker.unhandled("boom"));

        JsonNode error = api.run("{ failingRaw { id } }", FakeAuthorizer.API_KEY).at("/errors/0");
        assertEquals("Lambda:Unhandled", error.get("errorType").asText());
        assertEquals("boom", error.get("message").asText());
    }

    @Test
    void refusedInvocationIsALambdaErrorNamedByItsCode() {
        api.invoker.answer(event -> {
            throw new LambdaException(404, "ResourceNotFoundException", "Function not found: " + TestApi.FUNCTION);
        });

        JsonNode error = api.run("{ failing { id } }", FakeAuthorizer.API_KEY).at("/errors/0");
        assertEquals("Lambda:ResourceNotFoundException", error.get("errorType").asText());
        assertEquals("Function not found: " + TestApi.FUNCTION, error.get("message").asText());
    }

    @Test
    void utilErrorEndsTheFieldWithItsType() {
        assertEquals(json("""
                {"data": {"refused": null}, "errors": [{"path": ["refused"], "data": null, "errorType": "NotFound",
                  "errorInfo": null, "locations": [{"line": 1, "column": 3, "sourceName": null}],
                  "message": "Booking not found"}]}
                """), api.run("{ refused }", FakeAuthorizer.API_KEY));
    }

    @Test
    void appendedErrorsKeepTheValue() {
        assertEquals(json("""
                {"data": {"appended": "kept"}, "errors": [{"path": ["appended"], "data": null, "errorType": "Warning",
                  "errorInfo": null, "locations": [{"line": 1, "column": 3, "sourceName": null}], "message": "first"}]}
                """), api.run("{ appended }", FakeAuthorizer.API_KEY));
    }

    @Test
    void pipelinePassesPrevResultAndSharesTheStash() {
        api.invoker.answer(event -> RecordingInvoker.success("\"from lambda\""));

        assertEquals(json("{\"data\": {\"piped\": \"from lambda\"}}"),
                api.run("{ piped(id: \"x-1\") }", FakeAuthorizer.API_KEY));
        JsonNode event = api.invoker.payloads.get(0);
        assertEquals(json("{\"result\": {\"id\": \"x-1\"}}"), event.get("prev"));
        assertEquals(json("{\"step\": \"before\"}"), event.get("stash"));
    }

    @Test
    void returnInTheRequestTemplateSkipsTheDataSource() {
        assertEquals(json("{\"data\": {\"returned\": {\"id\": \"apt-5\"}}}"),
                api.run("{ returned(id: \"apt-5\") { id } }", FakeAuthorizer.API_KEY));
        assertEquals(0, api.invoker.payloads.size());
    }

    @Test
    void noneDataSourceGivesBackThePayload() {
        assertEquals(json("""
                {"data": {"publishApartmentStatus": {"apartmentId": "apt-1", "status": "PAID", "bookingId": "b-1",
                  "updatedAt": null}}}
                """), api.run("""
                mutation { publishApartmentStatus(apartmentId: "apt-1", status: PAID, bookingId: "b-1") {
                  apartmentId status bookingId updatedAt } }""", FakeAuthorizer.IAM));
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(name -> names.append(names.isEmpty() ? "" : ", ").append(name));
        return "[" + names + "]";
    }
}
