package com.apartmentbooking.local.appsync.graphql;

import static com.apartmentbooking.local.appsync.graphql.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Responses in AppSync's shape: data and errors, and the older graphql-java wording AppSync answers with. */
class ExecutionShapeTest {

    private final TestApi api = new TestApi();

    @Test
    void dataOfAResolvedQuery() {
        api.invoker.answer(event -> RecordingInvoker.success(
                "{\"data\": {\"id\": \"apt-1\", \"name\": \"Loft\", \"status\": \"VACANT\", \"extra\": 1}}"));

        assertEquals(json("{\"data\": {\"apartment\": {\"id\": \"apt-1\", \"status\": \"VACANT\", \"n\": \"Loft\"}}}"),
                api.run("{ apartment(id: \"apt-1\") { id status n: name } }", FakeAuthorizer.API_KEY));
    }

    @Test
    void fieldWithoutResolverIsNull() {
        assertEquals(json("{\"data\": {\"nothing\": null}}"), api.run("{ nothing }", FakeAuthorizer.API_KEY));
    }

    @Test
    void undefinedFieldIsAValidationErrorWithoutData() {
        assertEquals(json("""
                {"data": null, "errors": [{"path": null, "locations": [{"line": 1, "column": 3, "sourceName": null}],
                  "message": "Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @ 'badfield'"}]}
                """), api.run("{ badfield }", FakeAuthorizer.API_KEY));
    }

    @Test
    void validationErrorsInTheOlderWording() {
        assertEquals("Validation error of type MissingFieldArgument: Missing field argument id @ 'apartment'",
                message("{ apartment { id } }"));
        assertEquals("Validation error of type SubSelectionRequired: Sub selection required for type Apartment of field"
                + " apartment @ 'apartment'", message("{ apartment(id: \"a\") }"));
        assertEquals("Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf type String of"
                + " field name @ 'apartment/name'", message("{ apartment(id: \"a\") { name { x } } }"));
        assertEquals("Validation error of type WrongType: argument 'limit' with value 'StringValue{value='4'}' is not a"
                + " valid 'Int' @ 'apartments'", message("{ apartments(limit: \"4\") { nextToken } }"));
        assertEquals("Validation error of type UnknownType: Unknown type Nope",
                message("query Q($x: Nope) { nothing }"));
        assertEquals("Validation error of type UnusedVariable: Unused variable x",
                message("query Q($x: Int) { nothing }"));
        assertEquals("Validation error of type UndefinedVariable: Undefined variable x @ 'apartment'",
                message("query Q { apartment(id: $x) { id } }"));
    }

    @Test
    void syntaxErrorNamesTheOffendingToken() {
        assertEquals(json("""
                {"data": null, "errors": [{"path": null, "locations": [{"line": 1, "column": 26, "sourceName": null}],
                  "message": "Invalid Syntax : offending token '<EOF>' at line 1 column 26"}]}
                """), api.run("{ apartment(id: \"1\") { id", FakeAuthorizer.API_KEY));
    }

    @Test
    void missingNonNullVariable() {
        assertEquals(json("""
                {"data": null, "errors": [{"path": null, "locations": [{"line": 1, "column": 9, "sourceName": null}],
                  "message": "Variable 'id' has coerced Null value for NonNull type 'ID!'"}]}
                """), api.run("query Q($id: ID!) { apartment(id: $id) { id } }", FakeAuthorizer.API_KEY));
    }

    @Test
    void operationNameChoosesTheOperation() {
        GraphQlRequest request = new GraphQlRequest("query A { nothing } query B { other: nothing }", Map.of(), "B");
        assertEquals(json("{\"data\": {\"other\": null}}"), api.run(request, FakeAuthorizer.API_KEY));
        assertEquals("Unknown operation named 'C'.", api.run(new GraphQlRequest(
                "query A { nothing }", Map.of(), "C"), FakeAuthorizer.API_KEY).at("/errors/0/message").asText());
    }

    @Test
    void nullInANonNullFieldBubblesUpWithTheOlderMessage() {
        api.invoker.answer(event -> RecordingInvoker.success("{\"data\": {\"items\": [{\"id\": null}]}}"));

        assertEquals(json("""
                {"data": null, "errors": [{"path": ["apartments", "items", 0, "id"], "locations": null,
                  "message": "Cannot return null for non-nullable type: 'ID' within parent 'Apartment' (/apartments/items[0]/id)"}]}
                """), api.run("{ apartments { items { id } } }", FakeAuthorizer.API_KEY));
    }

    @Test
    void enumValueTheSchemaLacksIsASerializationError() {
        api.invoker.answer(event -> RecordingInvoker.success("{\"data\": {\"id\": \"a\", \"status\": \"SOLD\"}}"));

        assertEquals("Can't serialize value (/apartment/status) : Invalid input for enum 'ApartmentStatus'. Unknown"
                + " value 'SOLD'", api.run("{ apartment(id: \"a\") { status } }", FakeAuthorizer.API_KEY)
                        .at("/errors/0/message").asText());
    }

    private String message(String query) {
        return api.run(query, FakeAuthorizer.API_KEY).at("/errors/0/message").asText();
    }
}
