package com.apartmentbooking.local.events;

/** The outcome of one PutEvents entry: its event id, or why it was not accepted. */
record EventResult(String eventId, String errorCode, String errorMessage) {

    static EventResult accepted(String eventId) {
        return new EventResult(eventId, null, null);
    }

    static EventResult failed(String errorCode, String errorMessage) {
        return new EventResult(null, errorCode, errorMessage);
    }

    boolean isFailed() {
        return errorCode != null;
    }
}
