package com.apartmentbooking.local.states.jsonpath.intrinsic;

/** The kinds of token an intrinsic function call is made of. */
enum TokenType {
    /** A function name such as {@code States.Format}. */
    IDENTIFIER,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    /** A single-quoted string literal; the token text is what stands between the quotes, escapes kept. */
    STRING,
    NUMBER,
    TRUE,
    FALSE,
    NULL,
    /** A JSONPath argument: {@code $...}, {@code $$...} or {@code $name...}. */
    PATH,
    END
}
