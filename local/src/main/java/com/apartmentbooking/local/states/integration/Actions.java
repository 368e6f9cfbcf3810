package com.apartmentbooking.local.states.integration;

/** A Task resource's action ({@code updateItem}) as the API operation it calls ({@code UpdateItem}). */
final class Actions {
    private Actions() {
    }

    static String operation(String action) {
        return Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
