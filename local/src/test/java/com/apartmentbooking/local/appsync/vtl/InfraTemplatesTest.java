package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.context;
import static com.apartmentbooking.local.appsync.vtl.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.json.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping templates of {@code infra/template.yaml}, copied as written there, against the contexts they meet. */
class InfraTemplatesTest {

    /** The response template of the direct Lambda resolvers (apartment, apartments, booking, bookingHistory, requestBooking). */
    private static final String LAMBDA_RESPONSE = """
            #if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end
            #if($ctx.result.error)$util.error($ctx.result.error.message, $ctx.result.error.type)#end
            $util.toJson($ctx.result.data)
            """;

    /** The request template of publishApartmentStatus and publishBookingStatus (NONE data source). */
    private static final String PUBLISH_REQUEST = """
            {"version": "2018-05-29", "payload": $util.toJson($context.arguments)}
            """;

    /** Their response template. */
    private static final String PUBLISH_RESPONSE = """
            $util.toJson($context.result)
            """;

    @Test
    void aFunctionsDataBecomesTheFieldsJson() throws Exception {
        Map<String, Object> apartment = new LinkedHashMap<>();
        apartment.put("id", "a1");
        apartment.put("name", "Harbour view");
        apartment.put("status", "RESERVED");
        apartment.put("bookingId", "b1");
        apartment.put("reservedUntil", "2026-12-06T14:00:00Z");

        TemplateOutcome outcome = render(LAMBDA_RESPONSE, context(Map.of("id", "a1"), Map.of("data", apartment)));

        assertNull(outcome.raised());
        assertFalse(outcome.returned());
        assertEquals("{\"id\":\"a1\",\"name\":\"Harbour view\",\"status\":\"RESERVED\",\"bookingId\":\"b1\","
                + "\"reservedUntil\":\"2026-12-06T14:00:00Z\"}", outcome.output().strip());
        assertEquals(apartment, Json.DATA.readValue(outcome.output(), Object.class));
    }

    @Test
    void aPageWithAListAndNullTokenIsKept() throws Exception {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", List.of(Map.of("id", "a1", "status", "VACANT")));
        page.put("nextToken", null);

        TemplateOutcome outcome = render(LAMBDA_RESPONSE, context(Map.of(), Map.of("data", page)));

        assertEquals(page, Json.DATA.readValue(outcome.output(), Object.class));
    }

    @Test
    void missingDataIsTheJsonNull() {
        Map<String, Object> result = new HashMap<>();
        result.put("data", null);

        assertEquals("null", render(LAMBDA_RESPONSE, context(Map.of("id", "nope"), result)).output().strip());
    }

    @Test
    void theFunctionsErrorEnvelopeIsRaisedWithItsType() {
        Map<String, Object> envelope = Map.of("error",
                Map.of("message", "Apartment a9 is not vacant", "type", "APARTMENT_UNAVAILABLE"));

        TemplateOutcome outcome = render(LAMBDA_RESPONSE, context(Map.of(), envelope));

        assertEquals(new TemplateError("Apartment a9 is not vacant", "APARTMENT_UNAVAILABLE", null, null),
                outcome.raised());
    }

    @Test
    void anInvocationFailureIsRaisedFromCtxError() {
        TemplateContext failed = new TemplateContext(Map.of(), null, null, Map.of(), Map.of(), new HashMap<>(), null,
                null, Map.of("message", "Task timed out after 10.00 seconds", "type", "Lambda:Unhandled"), List.of());

        assertEquals(new TemplateError("Task timed out after 10.00 seconds", "Lambda:Unhandled", null, null),
                render(LAMBDA_RESPONSE, failed).raised());
    }

    @Test
    void thePublishRequestCarriesTheArgumentsAsPayload() throws Exception {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("apartmentId", "a1");
        arguments.put("status", "RESERVED");
        arguments.put("bookingId", null);
        arguments.put("updatedAt", "2026-12-06T13:45:00.123Z");

        TemplateOutcome outcome = render(PUBLISH_REQUEST, context(arguments, null));

        assertEquals("{\"version\": \"2018-05-29\", \"payload\": {\"apartmentId\":\"a1\",\"status\":\"RESERVED\","
                + "\"bookingId\":null,\"updatedAt\":\"2026-12-06T13:45:00.123Z\"}}", outcome.output().strip());
        assertEquals(Map.of("version", "2018-05-29", "payload", arguments),
                Json.DATA.readValue(outcome.output(), Object.class));
    }

    @Test
    void thePublishResponseIsThePayloadAsJson() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("bookingId", "b1");
        payload.put("apartmentId", "a1");
        payload.put("status", "CONFIRMED");

        TemplateOutcome outcome = render(PUBLISH_RESPONSE, context(Map.of(), payload));

        assertEquals("{\"bookingId\":\"b1\",\"apartmentId\":\"a1\",\"status\":\"CONFIRMED\"}",
                outcome.output().strip());
        assertNull(outcome.raised());
    }
}
