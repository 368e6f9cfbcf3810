package com.apartmentbooking.projector.aws;

import com.apartmentbooking.projector.ApartmentStatusChanged;
import com.apartmentbooking.projector.BookingStatusChanged;
import com.apartmentbooking.projector.StatusChange;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The GraphQL request bodies of the @aws_iam publish mutations (infra/schema.graphql). Values travel
 * as variables only, so no item content can alter the query. The selection sets name every field,
 * because AppSync hands subscribers only what the triggering mutation selected.
 */
final class PublishMutations {
    static final String PUBLISH_APARTMENT_STATUS = """
            mutation PublishApartmentStatus($apartmentId: ID!, $status: ApartmentStatus!, $bookingId: ID, \
            $updatedAt: AWSDateTime) {
              publishApartmentStatus(apartmentId: $apartmentId, status: $status, bookingId: $bookingId, \
            updatedAt: $updatedAt) { apartmentId status bookingId updatedAt }
            }""";
    static final String PUBLISH_BOOKING_STATUS = """
            mutation PublishBookingStatus($bookingId: ID!, $apartmentId: ID!, $status: BookingStatus!, \
            $updatedAt: AWSDateTime) {
              publishBookingStatus(bookingId: $bookingId, apartmentId: $apartmentId, status: $status, \
            updatedAt: $updatedAt) { bookingId apartmentId status updatedAt }
            }""";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PublishMutations() {
    }

    /** {"query": ..., "variables": {...}} for the mutation that announces this change. */
    static ObjectNode requestBody(StatusChange change) {
        if (change instanceof ApartmentStatusChanged apartment) {
            return body(PUBLISH_APARTMENT_STATUS, JSON.objectNode()
                    .put("apartmentId", apartment.apartmentId())
                    .put("status", apartment.status().name())
                    .put("bookingId", apartment.bookingId())
                    .put("updatedAt", apartment.updatedAt()));
        }
        BookingStatusChanged booking = (BookingStatusChanged) change;
        return body(PUBLISH_BOOKING_STATUS, JSON.objectNode()
                .put("bookingId", booking.bookingId())
                .put("apartmentId", booking.apartmentId())
                .put("status", booking.status().name())
                .put("updatedAt", booking.updatedAt()));
    }

    private static ObjectNode body(String query, ObjectNode variables) {
        ObjectNode body = JSON.objectNode().put("query", query);
        body.set("variables", variables);
        return body;
    }
}
