package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;

/** The test a Choice rule makes, without the rule's Next: a comparison, a type test or a combination. */
sealed interface Condition permits ValueComparison, PathComparison, TypeCheck, PresenceCheck, AllOf, AnyOf, Negation {

    boolean test(PathContext context);
}
