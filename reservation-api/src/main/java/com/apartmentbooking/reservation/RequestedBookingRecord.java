package com.apartmentbooking.reservation;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.items.Attributes;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the BookingRequested a Bookings stream record stands for: an INSERT whose new image is a REQUESTED
 * booking, which only the reservation function's conditional create writes. Every other record (a status change,
 * a removal, an insert in another status) stands for none.
 */
final class RequestedBookingRecord {

    private RequestedBookingRecord() {
    }

    /** @throws MalformedRecordException when the record is a new REQUESTED booking missing a field of the event */
    static Optional<BookingRequested> event(DynamodbStreamRecord record) {
        StreamRecord images = record.getDynamodb();
        Map<String, AttributeValue> item = images == null ? null : images.getNewImage();
        if (!"INSERT".equals(record.getEventName()) || item == null
                || !BookingStatus.REQUESTED.name().equals(string(item, Attributes.STATUS))) {
            return Optional.empty();
        }
        String bookingId = required(item, Attributes.ID, "a new booking");
        String where = "booking " + bookingId;
        return Optional.of(new BookingRequested(bookingId,
                required(item, Attributes.APARTMENT_ID, where),
                required(item, Attributes.CUSTOMER_ID, where),
                required(item, Attributes.REQUESTED_AT, where),
                paymentWindowSeconds(item, where)));
    }

    private static int paymentWindowSeconds(Map<String, AttributeValue> item, String where) {
        AttributeValue value = item.get(Attributes.PAYMENT_WINDOW_SECONDS);
        String number = value == null ? null : value.getN();
        try {
            if (number != null) {
                return Integer.parseInt(number);
            }
        } catch (NumberFormatException e) {
            // reported below, with the attribute's name
        }
        throw new MalformedRecordException(where + " has no whole-number attribute '"
                + Attributes.PAYMENT_WINDOW_SECONDS + "'");
    }

    private static String required(Map<String, AttributeValue> item, String name, String where) {
        String value = string(item, name);
        if (value == null) {
            throw new MalformedRecordException(where + " has no string attribute '" + name + "'");
        }
        return value;
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.getS();
    }
}
