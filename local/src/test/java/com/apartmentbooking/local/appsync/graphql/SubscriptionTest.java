package com.apartmentbooking.local.appsync.graphql;

import static com.apartmentbooking.local.appsync.graphql.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.apartmentbooking.local.appsync.realtime.RealtimeApi;
import com.apartmentbooking.local.appsync.realtime.RealtimeRefusal;
import com.apartmentbooking.local.appsync.realtime.SubscriptionGateway;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Real-time connections and subscriptions: addressing, auth, validation, and the fan-out of mutations. */
class SubscriptionTest {

    private static final String ALL = "subscription { onApartmentStatusChanged { apartmentId status } }";

    private final TestApi api = new TestApi();
    private final SubscriptionGateway gateway = api.engine.subscriptions();

    @Test
    void connectionPathOrHostNamesTheApi() {
        assertEquals("/graphql", gateway.connect("/graphql/realtime", "localhost:4566", apiKey()).graphqlPath());
        assertEquals("/graphql/testapi1",
                gateway.connect("/graphql/testapi1/realtime", "localhost:4566", apiKey()).graphqlPath());
        assertEquals("/graphql", gateway.connect("/graphql",
                "testapi1.appsync-realtime-api.eu-west-1.amazonaws.com", apiKey()).graphqlPath());
    }

    @Test
    void unknownApiIsRefused() {
        RealtimeRefusal refusal = assertThrows(RealtimeRefusal.class,
                () -> gateway.connect("/graphql/nope/realtime", "localhost", apiKey()));
        assertEquals(json("[{\"errorType\": \"NotFoundException\", \"message\": \"GraphQL API nope not found.\"}]"),
                refusal.errors());
    }

    @Test
    void refusedAuthorizationIsAConnectionError() {
        AuthRequest wrongKey = new AuthRequest("POST", "/graphql/connect", "", Map.of("x-api-key", "da2-wrong"),
                "{}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");

        RealtimeRefusal refusal = assertThrows(RealtimeRefusal.class,
                () -> gateway.connect("/graphql/realtime", "localhost", wrongKey));
        assertEquals(json("""
                [{"errorType": "UnauthorizedException", "message": "You are not authorized to make this call.",
                  "errorCode": 401}]"""), refusal.errors());
    }

    @Test
    void subscribersGetTheMutationsResultFilteredByTheirArguments() {
        List<ObjectNode> one = subscribe(
                "subscription { onApartmentStatusChanged(apartmentId: \"apt-1\") { apartmentId status } }");
        List<ObjectNode> all = subscribe(ALL);

        publish("apt-1", "RESERVED");
        publish("apt-2", "PAID");

        assertEquals(List.of(event("apt-1", "RESERVED")), one);
        assertEquals(List.of(event("apt-1", "RESERVED"), event("apt-2", "PAID")), all);
    }

    @Test
    void anArgumentGivenAsNullAsksForChangesWhoseFieldIsNull() {
        List<ObjectNode> literal = subscribe(
                "subscription { onApartmentStatusChanged(apartmentId: null) { apartmentId status } }");
        List<ObjectNode> variable = subscribe(
                "subscription S($id: ID) { onApartmentStatusChanged(apartmentId: $id) { apartmentId status } }",
                java.util.Collections.singletonMap("id", null));

        publish("apt-9", "VACANT");

        assertEquals(List.of(), literal, "no change has a null apartmentId");
        assertEquals(List.of(), variable);
    }

    @Test
    void absentVariableFiltersNothing() {
        List<ObjectNode> received = subscribe(
                "subscription S($id: ID) { onApartmentStatusChanged(apartmentId: $id) { apartmentId status } }");

        publish("apt-9", "VACANT");

        assertEquals(List.of(event("apt-9", "VACANT")), received);
    }

    @Test
    void deliveryHasTheSubscribersSelectionAndOnlyWhatTheMutationSelected() {
        List<ObjectNode> received = subscribe("""
                subscription { changed: onApartmentStatusChanged { __typename id: apartmentId bookingId } }""");

        api.run("""
                mutation { publishApartmentStatus(apartmentId: "apt-1", status: PAID, bookingId: "b-1") {
                  apartmentId status } }""", FakeAuthorizer.IAM);

        assertEquals(List.of(json("""
                {"data": {"changed": {"__typename": "ApartmentStatusChange", "id": "apt-1", "bookingId": null}}}""")),
                received);
    }

    @Test
    void mutationAliasesDoNotHideFieldsFromSubscribers() {
        List<ObjectNode> received = subscribe(ALL);

        api.run("mutation { p: publishApartmentStatus(apartmentId: \"apt-3\", status: PAID) { a: apartmentId status } }",
                FakeAuthorizer.IAM);

        assertEquals(List.of(event("apt-3", "PAID")), received);
    }

    @Test
    void failedMutationPublishesNothing() {
        List<ObjectNode> received = subscribe(ALL);

        api.run("mutation { publishApartmentStatus(apartmentId: \"apt-1\", status: PAID) { apartmentId } }",
                FakeAuthorizer.API_KEY);

        assertEquals(List.of(), received);
    }

    @Test
    void subscriptionsOutliveAChangeOfTheApi() {
        List<ObjectNode> received = subscribe(ALL);

        api.apis.set(0, TestApi.definition(TestApi.API_ID, TestApi.SCHEMA + "\ntype Extra { a: String }"));
        publish("apt-1", "PAID");

        assertEquals(List.of(event("apt-1", "PAID")), received);
    }

    @Test
    void stoppedSubscriptionGetsNothingMore() {
        List<ObjectNode> received = new CopyOnWriteArrayList<>();
        RealtimeApi.Registration registration = connection().subscribe(start(ALL), apiKey(), received::add);

        publish("apt-1", "PAID");
        registration.stop();
        registration.stop();
        publish("apt-2", "PAID");

        assertEquals(List.of(event("apt-1", "PAID")), received);
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthersOrTheMutation() {
        connection().subscribe(start(ALL), apiKey(), payload -> {
            throw new IllegalStateException("connection closed");
        });
        List<ObjectNode> received = subscribe(ALL);

        JsonNode response = publish("apt-1", "PAID");

        assertEquals("apt-1", response.at("/data/publishApartmentStatus/apartmentId").asText());
        assertEquals(List.of(event("apt-1", "PAID")), received);
    }

    @Test
    void onlySubscriptionsGoThroughTheRealtimeChannel() {
        assertEquals(json("""
                [{"errorType": "UnsupportedOperation", "message": "query not supported through the realtime channel"}]"""),
                refusal("{ nothing }"));
    }

    @Test
    void invalidSubscriptionIsRefusedWithTheValidationMessage() {
        assertEquals(json("""
                [{"message": "Validation error of type FieldUndefined: Field 'nope' in type 'ApartmentStatusChange' is undefined @ 'onApartmentStatusChanged/nope'"}]"""),
                refusal("subscription { onApartmentStatusChanged { nope } }"));
    }

    @Test
    void subscriptionFieldIsAuthorizedByItsDirectives() {
        AuthRequest iam = new AuthRequest("POST", "/graphql", "", Map.of("authorization", "AWS4-HMAC-SHA256 x"),
                new byte[0], "127.0.0.1");

        RealtimeRefusal refusal = assertThrows(RealtimeRefusal.class,
                () -> connection().subscribe(start(ALL), iam, payload -> { }));
        assertEquals(json("""
                [{"errorType": "Unauthorized", "message": "Not Authorized to access onApartmentStatusChanged on type Subscription"}]"""),
                refusal.errors());
    }

    private JsonNode refusal(String query) {
        return assertThrows(RealtimeRefusal.class, () -> connection().subscribe(start(query), apiKey(), payload -> { }))
                .errors();
    }

    private List<ObjectNode> subscribe(String query) {
        return subscribe(query, Map.of());
    }

    private List<ObjectNode> subscribe(String query, Map<String, Object> variables) {
        List<ObjectNode> received = new CopyOnWriteArrayList<>();
        connection().subscribe(start(query, variables), apiKey(), received::add);
        return received;
    }

    private RealtimeApi connection() {
        return gateway.connect("/graphql/realtime", "localhost", apiKey());
    }

    private JsonNode publish(String apartmentId, String status) {
        return api.run("mutation { publishApartmentStatus(apartmentId: \"" + apartmentId + "\", status: " + status
                + ") { apartmentId status bookingId } }", FakeAuthorizer.IAM);
    }

    private static JsonNode event(String apartmentId, String status) {
        return json("{\"data\": {\"onApartmentStatusChanged\": {\"apartmentId\": \"" + apartmentId
                + "\", \"status\": \"" + status + "\"}}}");
    }

    private static String start(String query) {
        return start(query, Map.of());
    }

    private static String start(String query, Map<String, Object> variables) {
        ObjectNode data = Json.DATA.createObjectNode().put("query", query);
        data.set("variables", Json.DATA.valueToTree(variables));
        return data.toString();
    }

    private static AuthRequest apiKey() {
        return new AuthRequest("POST", "/graphql", "", Map.of("x-api-key", FakeAuthorizer.KEY),
                "{}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }
}
