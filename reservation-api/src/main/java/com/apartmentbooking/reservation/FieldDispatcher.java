package com.apartmentbooking.reservation;

import com.apartmentbooking.model.validation.InputRules;
import java.util.Map;

/** Routes a resolver event to the service by {@code Type.field} and shapes the result for GraphQL. */
public final class FieldDispatcher {
    private final ReservationService service;

    public FieldDispatcher(ReservationService service) {
        this.service = service;
    }

    /** The field's value; an absent apartment or booking is null, which GraphQL shows as null. */
    public Object resolve(ResolverEvent event) {
        Map<String, Object> arguments = event.arguments();
        return switch (event.qualifiedField()) {
            case "Mutation.requestBooking" ->
                    GraphQlShapes.booking(service.requestBooking(BookingRequest.from(arguments.get("input"))));
            case "Query.apartment" ->
                    service.apartment(id(arguments, "id")).map(GraphQlShapes::apartment).orElse(null);
            case "Query.apartments" ->
                    GraphQlShapes.apartmentPage(service.apartments(ApartmentListing.from(arguments)));
            case "Query.booking" ->
                    service.booking(id(arguments, "id")).map(GraphQlShapes::booking).orElse(null);
            case "Query.bookingHistory" ->
                    service.bookingHistory(id(arguments, "bookingId")).stream()
                            .map(GraphQlShapes::historyEvent)
                            .toList();
            default -> throw ResolverError.unknownField("this resolver does not serve " + event.qualifiedField());
        };
    }

    private static String id(Map<String, Object> arguments, String name) {
        new InputRules().id(name, arguments.get(name)).throwIfInvalid();
        return (String) arguments.get(name);
    }
}
