package com.apartmentbooking.local.states;

/**
 * The names Step Functions accepts for state machines and executions: 1 to 80 characters, none of them
 * whitespace, brackets, wildcards, the special characters AWS lists or control characters.
 */
final class ResourceNames {
    private static final int MAX_LENGTH = 80;
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private ResourceNames() {
    }

    static void check(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw StatesErrors.invalidName(name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                throw StatesErrors.invalidName(name);
            }
        }
    }
}
