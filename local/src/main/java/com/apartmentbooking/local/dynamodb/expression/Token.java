package com.apartmentbooking.local.dynamodb.expression;

/** One lexical token of an expression with its place in the source, which syntax errors quote. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        /** A bare word: an attribute name, a function name or a keyword (keywords are case-insensitive). */
        WORD,
        /** {@code #name}. */
        NAME_PLACEHOLDER,
        /** {@code :value}. */
        VALUE_PLACEHOLDER,
        /** Digits, only valid as a list index. */
        NUMBER,
        /** Punctuation and operators: {@code ( ) [ ] , . = <> < <= > >= + -}. */
        SYMBOL,
        /** A character no token starts with, reported as the token of a syntax error. */
        UNKNOWN,
        END
    }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How AWS names the token in "Syntax error; token: ...". */
    String quoted() {
        return kind == Kind.END ? "<EOF>" : text;
    }
}
