package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;

/** "IsString": true (or false): whether the Variable's value is of a type, compared with the expectation. */
record TypeCheck(String variable, TypeTest typeTest, boolean expected) implements Condition {

    @Override
    public boolean test(PathContext context) {
        return typeTest.holdsFor(ChoicePaths.read(variable, context)) == expected;
    }
}
