package com.apartmentbooking.projector;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Attributes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides from a stream record's old and new images whether a status changed: an INSERT that has a
 * status, or a MODIFY whose status differs. Everything else (REMOVE, other attributes changing,
 * other tables) is no change.
 */
public class StatusChangeDetector {
    private final String apartmentsTable;
    private final String bookingsTable;

    public StatusChangeDetector(String apartmentsTable, String bookingsTable) {
        this.apartmentsTable = Objects.requireNonNull(apartmentsTable, "apartmentsTable");
        this.bookingsTable = Objects.requireNonNull(bookingsTable, "bookingsTable");
    }

    /** @throws MalformedRecordException when the status changed but the change cannot be described */
    public Optional<StatusChange> detect(DynamodbStreamRecord record) {
        String table = EventSourceArn.tableName(record.getEventSourceARN()).orElse("");
        boolean apartment = table.equals(apartmentsTable);
        boolean booking = table.equals(bookingsTable);
        StreamRecord images = record.getDynamodb();
        if (!(apartment || booking) || images == null || !statusChanged(record.getEventName(), images)) {
            return Optional.empty();
        }
        return Optional.of(apartment ? apartmentChange(images) : bookingChange(images));
    }

    private static boolean statusChanged(String eventName, StreamRecord images) {
        String newStatus = string(images.getNewImage(), Attributes.STATUS);
        if (newStatus == null) {
            return false;
        }
        if ("INSERT".equals(eventName)) {
            return true;
        }
        return "MODIFY".equals(eventName) && !newStatus.equals(string(images.getOldImage(), Attributes.STATUS));
    }

    private static ApartmentStatusChanged apartmentChange(StreamRecord images) {
        Map<String, AttributeValue> item = images.getNewImage();
        return new ApartmentStatusChanged(
                required(images.getKeys(), Attributes.ID),
                parse(ApartmentStatus.class, string(item, Attributes.STATUS)),
                string(item, Attributes.BOOKING_ID),
                updatedAt(images));
    }

    private static BookingStatusChanged bookingChange(StreamRecord images) {
        Map<String, AttributeValue> item = images.getNewImage();
        return new BookingStatusChanged(
                required(images.getKeys(), Attributes.ID),
                required(item, Attributes.APARTMENT_ID),
                parse(BookingStatus.class, string(item, Attributes.STATUS)),
                updatedAt(images));
    }

    /** The item's own updatedAt when it has one; otherwise when DynamoDB recorded the write. */
    private static String updatedAt(StreamRecord images) {
        String stamped = string(images.getNewImage(), Attributes.UPDATED_AT);
        if (stamped != null || images.getApproximateCreationDateTime() == null) {
            return stamped;
        }
        return images.getApproximateCreationDateTime().toInstant().toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("unknown " + type.getSimpleName() + " '" + value + "'");
        }
    }

    private static String required(Map<String, AttributeValue> item, String name) {
        String value = string(item, name);
        if (value == null) {
            throw new MalformedRecordException("record has no string attribute '" + name + "'");
        }
        return value;
    }

    /** A string attribute's value; null when the image, the attribute or its S value is absent. */
    private static String string(Map<String, AttributeValue> item, String name) {
        if (item == null) {
            return null;
        }
        AttributeValue value = item.get(name);
        return value == null ? null : value.getS();
    }
}
