package com.apartmentbooking.reservation;

import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.reservation.port.ApartmentPage;
import com.apartmentbooking.reservation.port.HistoryEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table items as the GraphQL types of {@code schema.graphql}; attributes outside the schema stay internal. */
public final class GraphQlShapes {

    public static Map<String, Object> apartment(Apartment apartment) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", apartment.getId());
        shape.put("name", apartment.getName());
        shape.put("status", apartment.getStatus());
        shape.put("bookingId", apartment.getBookingId());
        shape.put("reservedUntil", apartment.getReservedUntil());
        shape.put("updatedAt", apartment.getUpdatedAt());
        return shape;
    }

    /** An {@code ApartmentPage}; the next page's key travels as an opaque token. */
    public static Map<String, Object> apartmentPage(ApartmentPage page) {
        List<Map<String, Object>> items = page.items().stream().map(GraphQlShapes::apartment).toList();
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("items", items);
        shape.put("nextToken", page.lastKey() == null ? null : PageToken.encode(page.lastKey()));
        return shape;
    }

    public static Map<String, Object> booking(Booking booking) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", booking.getId());
        shape.put("apartmentId", booking.getApartmentId());
        shape.put("customerId", booking.getCustomerId());
        shape.put("status", booking.getStatus());
        shape.put("requestedAt", booking.getRequestedAt());
        shape.put("paymentWindowSeconds", booking.getPaymentWindowSeconds());
        shape.put("reservedUntil", booking.getReservedUntil());
        shape.put("paidAt", booking.getPaidAt());
        shape.put("executionArn", booking.getExecutionArn());
        shape.put("reason", booking.getReason());
        return shape;
    }

    /** A {@code HistoryEvent}: the timestamp as ISO-8601 text, the details as JSON text (AWSJSON). */
    public static Map<String, Object> historyEvent(HistoryEntry entry) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", entry.id());
        shape.put("previousEventId", entry.previousEventId());
        shape.put("timestamp", entry.timestamp() == null ? null : entry.timestamp().toString());
        shape.put("type", entry.type());
        shape.put("stateName", entry.stateName());
        shape.put("details", entry.details());
        return shape;
    }

    private GraphQlShapes() {
    }
}
