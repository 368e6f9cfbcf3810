package com.apartmentbooking.local.dynamodb.partiql;

/** One lexical token of a PartiQL statement. */
record PartiqlToken(Kind kind, String text) {

    enum Kind {
        /** A bare word: a name or a keyword (keywords are case-insensitive). */
        WORD,
        /** A {@code "double-quoted"} name, taken as written, never a keyword. */
        QUOTED_NAME,
        /** A {@code 'single-quoted'} string. */
        STRING,
        NUMBER,
        /** {@code ?}: the next of the request's Parameters. */
        PARAMETER,
        /** Punctuation and operators. */
        SYMBOL,
        END
    }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }
}
