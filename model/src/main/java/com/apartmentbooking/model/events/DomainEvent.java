package com.apartmentbooking.model.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An event this system puts on the bus. Details are built as JSON trees by hand rather than
 * bound by reflection, which keeps Lambda cold starts short.
 */
public sealed interface DomainEvent permits BookingRequested, PaymentAccepted, PaymentRejected, PaymentConflict {

    String source();

    String detailType();

    /** The event's {@code detail} object. */
    ObjectNode detail();

    /** The {@code detail} as the JSON text {@code PutEvents} takes. */
    default String detailJson() {
        return detail().toString();
    }

    /** A new empty object node; events fill it with their fields. */
    static ObjectNode newObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}
