package com.apartmentbooking.reservation;

import static com.apartmentbooking.reservation.ApiUnderTest.error;
import static com.apartmentbooking.reservation.ApiUnderTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.core.exception.SdkClientException;

class ResolverHandlerTest {
    private final ApiUnderTest api = new ApiUnderTest();

    @ParameterizedTest
    @Event(value = "events/unknown-field.json", type = Map.class)
    void aFieldThisResolverDoesNotServeIsAnUnknownField(Map<String, Object> event) {
        assertEquals("this resolver does not serve Query.cancelBooking", error(api.handle(event), "UnknownField"));
    }

    @Test
    void aKnownFieldNameUnderAnotherTypeIsAnUnknownField() {
        Map<String, Object> event = event("apartment.json");
        info(event).put("parentTypeName", "Mutation");

        assertEquals("this resolver does not serve Mutation.apartment", error(api.handle(event), "UnknownField"));
    }

    @Test
    void anEventWithoutFieldInformationIsAnUnknownField() {
        Map<String, Object> event = event("apartment.json");
        event.remove("info");

        assertEquals("this resolver does not serve null.null", error(api.handle(event), "UnknownField"));
    }

    @Test
    void anAwsFailureIsUnavailableWithoutItsDetails() {
        api.apartments.breakWith(new StoreUnavailableException("reading apartment apt-1 failed",
                SdkClientException.create(
                        "Unable to execute HTTP request: arn:aws:dynamodb:eu-west-1:123456789012:table/Apartments")));

        Map<String, Object> reply = api.handle(event("apartment.json"));

        assertEquals("the service is temporarily unavailable; please try again", error(reply, "Unavailable"));
        assertFalse(reply.toString().contains("123456789012"));
    }

    @ParameterizedTest
    @Event(value = "events/apartments-by-status-iam.json", type = Map.class)
    void parsesTheResolverEvent(Map<String, Object> event) {
        ResolverEvent parsed = ResolverEvent.parse(event);

        assertEquals("Query", parsed.parentTypeName());
        assertEquals("apartments", parsed.fieldName());
        assertEquals("Query.apartments", parsed.qualifiedField());
        assertEquals(Map.of("status", "VACANT", "limit", 2), parsed.arguments());
        assertEquals("arn:aws:iam::123456789012:user/ops", parsed.identity().get("userArn"));
        assertEquals("20250101T100000Z", parsed.headers().get("x-amz-date"));
        assertNull(parsed.source());
    }

    @ParameterizedTest
    @Event(value = "events/apartment.json", type = Map.class)
    void anApiKeyCallerHasNoIdentity(Map<String, Object> event) {
        ResolverEvent parsed = ResolverEvent.parse(event);

        assertNull(parsed.identity());
        assertEquals("da2-example", parsed.headers().get("x-api-key"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> info(Map<String, Object> event) {
        return (Map<String, Object>) event.get("info");
    }
}
