package com.apartmentbooking.local.states.jsonpath.intrinsic;

/** One token of an intrinsic function call and where it starts, for error messages. */
record Token(TokenType type, String text, int position) {
}
