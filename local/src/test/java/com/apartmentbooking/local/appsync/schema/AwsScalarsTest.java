package com.apartmentbooking.local.appsync.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AppSync scalars as a client sees them: a one-field schema echoes an argument of the scalar back, so an
 * accepted value comes back as data and a refused one as the GraphQL error a client gets.
 */
class AwsScalarsTest {

    @Test
    void everyNameHasItsScalarInOrder() {
        assertEquals(AwsScalars.NAMES, AwsScalars.all().stream().map(GraphQLScalarType::getName).toList());
    }

    @ParameterizedTest
    @CsvSource({
            "AWSDateTime, 2018-02-06T19:01:35.749Z",
            "AWSDateTime, 1970-01-01T12:30Z",
            "AWSDateTime, 2018-02-06T19:01:35+05:30",
            "AWSDateTime, 2018-02-06T19:01:35.123456789-07:00",
            "AWSDateTime, 2018-02-06T19:01:35.1-07:00:30",
            "AWSDate, 1970-01-01",
            "AWSDate, 1970-01-01Z",
            "AWSDate, 1970-01-01-07:00",
            "AWSDate, 1970-01-01+05:30:15",
            "AWSDate, 2024-02-29",
            "AWSTime, 12:30",
            "AWSTime, 12:30:15",
            "AWSTime, 12:30:15.5",
            "AWSTime, 12:30:15.123456789Z",
            "AWSTime, 23:59:59-07:00",
            "AWSEmail, jeff@amazon.com",
            "AWSEmail, a@b",
            "AWSEmail, first.last+tag@mail.example.org",
            "AWSURL, https://www.amazon.com/dp/B000NZW3KC/",
            "AWSURL, mailto:example@example.com",
            "AWSURL, http://localhost:8080/graphql?x=1",
            "AWSPhone, 206-555-0100",
            "AWSPhone, 206 555 0100",
            "AWSPhone, +1 206 555 0100",
            "AWSPhone, 12065550100",
            "AWSPhone, +44 20 7946 0958",
            "AWSIPAddress, 192.168.0.1",
            "AWSIPAddress, 10.0.0.0/8",
            "AWSIPAddress, ::1",
            "AWSIPAddress, 2001:db8::ff00:42:8329",
            "AWSIPAddress, 2001:0db8:0000:0000:0000:ff00:0042:8329",
            "AWSIPAddress, ::ffff:192.0.2.128",
            "AWSIPAddress, 2001:db8::/32"
    })
    void aValidStringComesBackUnchangedAsLiteralAndAsVariable(String type, String value) {
        assertEquals(Map.of("data", Map.of("echo", value)), literal(type, quoted(value)));
        assertEquals(Map.of("data", Map.of("echo", value)), variable(type, value));
    }

    @ParameterizedTest
    @CsvSource({
            "AWSDateTime, 2018-02-06T19:01:35, DateTime Object",
            "AWSDateTime, 2018-02-06, DateTime Object",
            "AWSDateTime, 2018-02-30T00:00:00Z, DateTime Object",
            "AWSDateTime, 2018-02-06T25:00:00Z, DateTime Object",
            "AWSDateTime, 2018-02-06T19:01:35.1234567890Z, DateTime Object",
            "AWSDateTime, 2018-02-06T19:01:35+0530, DateTime Object",
            "AWSDateTime, 2018-02-06 19:01:35Z, DateTime Object",
            "AWSDate, 1970-1-1, Date Object",
            "AWSDate, 1970-13-01, Date Object",
            "AWSDate, 2023-02-29, Date Object",
            "AWSDate, 1970-01-01T00:00Z, Date Object",
            "AWSTime, 24:00, Time Object",
            "AWSTime, 1:30, Time Object",
            "AWSTime, 12:30.5, Time Object",
            "AWSTime, 12:30:15., Time Object",
            "AWSTime, 12:30:15+19:00, Time Object",
            "AWSEmail, jeff, email address",
            "AWSEmail, @amazon.com, email address",
            "AWSEmail, a@b@c, email address",
            "AWSURL, www.amazon.com, URL",
            "AWSURL, https://www.amazon.com//dp, URL",
            "AWSURL, https://www.amazon.com/a b, URL",
            "AWSPhone, 1110004444, phone number",
            "AWSPhone, 555-0100, phone number",
            "AWSPhone, 206-555-010a, phone number",
            "AWSPhone, +1 111 555 0100, phone number",
            "AWSIPAddress, 256.1.1.1, IP address",
            "AWSIPAddress, 1.2.3, IP address",
            "AWSIPAddress, 10.0.0.0/33, IP address",
            "AWSIPAddress, 2001:db8:::1, IP address",
            "AWSIPAddress, 1:2:3:4:5:6:7:8:9, IP address",
            "AWSIPAddress, ::1/129, IP address",
            "AWSIPAddress, localhost, IP address"
    })
    void anInvalidStringIsRefusedWithAppSyncsWords(String type, String value, String what) {
        String reason = "Unable to parse `" + value + "` as a valid " + what + ".";
        assertRefused(literal(type, quoted(value)), reason);
        assertRefused(variable(type, value), reason);
    }

    @Test
    void aNonStringLiteralIsNotADateTime() {
        assertRefused(literal("AWSDateTime", "20180206"), "Unable to parse `IntValue{value=20180206}` as a valid "
                + "DateTime Object.");
        assertRefused(variable("AWSDateTime", 20180206), "Unable to parse `20180206` as a valid DateTime Object.");
    }

    @Test
    void aResolverValueOutOfFormatIsAFieldErrorWithNullData() {
        Map<String, Object> answer = returned("AWSDateTime", "2020-05-23T06:4:37.000Z");

        assertEquals(Collections.singletonMap("returned", null), answer.get("data"));
        assertTrue(message(answer).endsWith("Unable to serialize `2020-05-23T06:4:37.000Z` as a valid DateTime Object."),
                message(answer));
    }

    @Test
    void aTimestampIsWholeSecondsAsANumber() {
        assertEquals(Map.of("data", Map.of("echo", 1517943695L)), literal("AWSTimestamp", "1517943695"));
        assertEquals(Map.of("data", Map.of("echo", -5L)), literal("AWSTimestamp", "-5"));
        assertEquals(Map.of("data", Map.of("echo", 1517943695L)), variable("AWSTimestamp", 1517943695L));
        assertEquals(Map.of("data", Map.of("echo", 7L)), variable("AWSTimestamp", 7));
        assertEquals(Map.of("data", Map.of("returned", 1517943695L)), returned("AWSTimestamp", 1517943695));
    }

    @Test
    void aTimestampIsNotAStringNorAFraction() {
        assertRefused(literal("AWSTimestamp", "\"1517943695\""),
                "Unable to parse `StringValue{value='1517943695'}` as a valid timestamp.");
        assertRefused(literal("AWSTimestamp", "1.5"), "Unable to parse `FloatValue{value=1.5}` as a valid timestamp.");
        assertRefused(variable("AWSTimestamp", "1517943695"), "Unable to parse `1517943695` as a valid timestamp.");
        assertRefused(variable("AWSTimestamp", 1.5), "Unable to parse `1.5` as a valid timestamp.");
        assertTrue(message(returned("AWSTimestamp", "soon")).endsWith("Unable to serialize `soon` as a valid timestamp."));
    }

    @Test
    void jsonInputIsParsedForTheResolverAndWrittenBackAsAString() {
        Map<String, Object> seen = new HashMap<>();
        Map<String, Object> answer = run("AWSJSON", "{ echo(v: \"{\\\"a\\\": [1, true, null], \\\"b\\\": \\\"x\\\"}\") }",
                Map.of(), null, seen);

        assertEquals(Map.of("a", java.util.Arrays.asList(1, true, null), "b", "x"), seen.get("v"));
        assertEquals(Map.of("data", Map.of("echo", "{\"a\":[1,true,null],\"b\":\"x\"}")), answer);
    }

    @Test
    void jsonScalarsAndVariablesThatAreAlreadyJsonValuesAreAccepted() {
        assertEquals(Map.of("data", Map.of("echo", "\"text\"")), literal("AWSJSON", "\"\\\"text\\\"\""));
        assertEquals(Map.of("data", Map.of("echo", "42")), variable("AWSJSON", "42"));
        assertEquals(Map.of("data", Map.of("echo", "{\"a\":1}")), variable("AWSJSON", "{\"a\": 1}"));
        assertEquals(Map.of("data", Map.of("echo", "{\"a\":1}")), variable("AWSJSON", Map.of("a", 1)));
    }

    @Test
    void jsonThatDoesNotParseIsRefused() {
        assertRefused(literal("AWSJSON", "\"abc\""), "Unable to parse abc as valid JSON.");
        assertRefused(variable("AWSJSON", "{\"a\": 1"), "Unable to parse {\"a\": 1 as valid JSON.");
        assertRefused(literal("AWSJSON", "{a: 1}"), "Unable to parse {a : 1} as valid JSON.");
    }

    @Test
    void aResolverValueForJsonIsWrittenAsJsonText() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stateName", "Reserve");
        details.put("n", List.of(1, 2));
        assertEquals(Map.of("data", Map.of("returned", "{\"stateName\":\"Reserve\",\"n\":[1,2]}")),
                returned("AWSJSON", details));
        assertEquals(Map.of("data", Map.of("returned", "{\"a\":1}")), returned("AWSJSON", "{\"a\":1}"));
        assertEquals(Map.of("data", Map.of("returned", "\"not json\"")), returned("AWSJSON", "not json"));
    }

    private static Map<String, Object> literal(String type, String literal) {
        return run(type, "{ echo(v: " + literal + ") }", Map.of(), null, new HashMap<>());
    }

    private static Map<String, Object> variable(String type, Object value) {
        return run(type, "query($v: " + type + ") { echo(v: $v) }", Map.of("v", value), null, new HashMap<>());
    }

    private static Map<String, Object> returned(String type, Object value) {
        return run(type, "{ returned }", Map.of(), value, new HashMap<>());
    }

    private static Map<String, Object> run(String type, String query, Map<String, Object> variables, Object returned,
            Map<String, Object> seen) {
        String sdl = "type Query { echo(v: " + type + "): " + type + " returned: " + type + " }";
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("echo", env -> {
                    seen.put("v", env.getArgument("v"));
                    return env.getArgument("v");
                }).dataFetcher("returned", env -> returned));
        AwsScalars.all().forEach(wiring::scalar);
        StringBuilder declarations = new StringBuilder(sdl);
        AwsScalars.NAMES.forEach(name -> declarations.append("\nscalar ").append(name));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse(declarations.toString()), wiring.build());
        return GraphQL.newGraphQL(schema).build()
                .execute(ExecutionInput.newExecutionInput(query).variables(variables).build())
                .toSpecification();
    }

    /** The request is refused as a whole (no data) with one error that ends in the scalar's reason. */
    private static void assertRefused(Map<String, Object> answer, String reason) {
        assertNull(answer.get("data"), answer.toString());
        assertTrue(message(answer).endsWith(reason), message(answer));
    }

    @SuppressWarnings("unchecked")
    private static String message(Map<String, Object> answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertEquals(1, errors.size(), answer.toString());
        return (String) errors.get(0).get("message");
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
