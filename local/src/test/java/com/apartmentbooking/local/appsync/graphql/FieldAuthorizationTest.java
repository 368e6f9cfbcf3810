package com.apartmentbooking.local.appsync.graphql;

import static com.apartmentbooking.local.appsync.graphql.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.appsync.auth.Caller;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fields are read only by the auth types their directives (or their type's, or the API default) allow. */
class FieldAuthorizationTest {

    private final TestApi api = new TestApi();

    @Test
    void fieldDirectiveOverridesTheDefaultType() {
        assertEquals(json("""
                {"data": {"iamOnly": null}, "errors": [{"path": ["iamOnly"], "data": null, "errorType": "Unauthorized",
                  "errorInfo": null, "locations": [{"line": 1, "column": 3, "sourceName": null}],
                  "message": "Not Authorized to access iamOnly on type Query"}]}
                """), api.run("{ iamOnly }", FakeAuthorizer.API_KEY));
        assertEquals(json("{\"data\": {\"iamOnly\": \"iam\"}}"), api.run("{ iamOnly }", FakeAuthorizer.IAM));
    }

    @Test
    void fieldsWithoutDirectiveAllowOnlyTheDefaultType() {
        assertEquals("Not Authorized to access nothing on type Query",
                api.run("{ nothing }", FakeAuthorizer.IAM).at("/errors/0/message").asText());
    }

    @Test
    void fieldDirectiveOverridesItsTypeDirective() {
        assertEquals(json("""
                {"data": {"secret": {"visible": "v", "hidden": null}}, "errors": [{"path": ["secret", "hidden"],
                  "data": null, "errorType": "Unauthorized", "errorInfo": null,
                  "locations": [{"line": 1, "column": 20, "sourceName": null}],
                  "message": "Not Authorized to access hidden on type Secret"}]}
                """), api.run("{ secret { visible hidden } }", FakeAuthorizer.API_KEY));
    }

    @Test
    void typeDirectivesGrantEveryFieldOfTheType() {
        String publish = "mutation { publishApartmentStatus(apartmentId: \"a\", status: VACANT) { apartmentId status } }";

        assertEquals(json("{\"data\": {\"publishApartmentStatus\": {\"apartmentId\": \"a\", \"status\": \"VACANT\"}}}"),
                api.run(publish, FakeAuthorizer.IAM));
        assertEquals("Unauthorized", api.run(publish, FakeAuthorizer.API_KEY).at("/errors/0/errorType").asText());
    }

    @Test
    void cognitoGroupsNarrowTheirType() {
        String schema = """
                type Query { staff: String @aws_cognito_user_pools(cognito_groups: ["staff"]) anyone: String }
                """;
        TestApi cognito = new TestApi();
        cognito.apis.set(0, TestApi.definition(TestApi.API_ID, schema));
        Caller staff = new Caller(AuthType.AMAZON_COGNITO_USER_POOLS, Map.of("groups", List.of("staff")));
        Caller guest = new Caller(AuthType.AMAZON_COGNITO_USER_POOLS, Map.of("groups", List.of("guests")));

        assertEquals(json("{\"data\": {\"staff\": null}}"), cognito.run("{ staff }", staff));
        assertEquals("Not Authorized to access staff on type Query",
                cognito.run("{ staff }", guest).at("/errors/0/message").asText());
    }
}
