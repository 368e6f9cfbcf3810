package com.apartmentbooking.local.events;

/** An event bus as kept in the store. */
record EventBus(String name, String arn, String description, long createdMillis) {
}
