package com.apartmentbooking.local.states.choice;

/** How a comparison operator reads the order of its two values. */
enum Relation {
    EQUALS, LESS_THAN, GREATER_THAN, LESS_THAN_EQUALS, GREATER_THAN_EQUALS;

    /** Whether the relation holds given {@code compareTo}'s outcome for (variable, operand). */
    boolean holds(int comparison) {
        switch (this) {
            case EQUALS:
                return comparison == 0;
            case LESS_THAN:
                return comparison < 0;
            case GREATER_THAN:
                return comparison > 0;
            case LESS_THAN_EQUALS:
                return comparison <= 0;
            default:
                return comparison >= 0;
        }
    }
}
