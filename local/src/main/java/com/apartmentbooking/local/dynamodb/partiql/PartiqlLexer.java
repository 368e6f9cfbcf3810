package com.apartmentbooking.local.dynamodb.partiql;

import java.util.ArrayList;
import java.util.List;

/**
 * The first phase: a statement's text as tokens. Quotes are doubled to escape them inside their own kind of quotes
 * ({@code 'it''s'}), as in SQL; numbers are unsigned (a sign is the parser's business).
 */
final class PartiqlLexer {

    /** Two-character symbols, tried before the one-character ones. */
    private static final List<String> PAIRS = List.of("<<", ">>", "<=", ">=", "<>", "!=");
    private static final String SINGLES = "()[]{},.=<>:*+-;";

    private PartiqlLexer() {
    }

    static List<PartiqlToken> tokenize(String source) {
        List<PartiqlToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < source.length() && isNamePart(source.charAt(i))) {
                    i++;
                }
                tokens.add(new PartiqlToken(PartiqlToken.Kind.WORD, source.substring(start, i)));
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                i = quoted(source, i, text);
                tokens.add(new PartiqlToken(c == '"' ? PartiqlToken.Kind.QUOTED_NAME : PartiqlToken.Kind.STRING,
                        text.toString()));
            } else if (isDigit(c) || (c == '.' && i + 1 < source.length() && isDigit(source.charAt(i + 1)))) {
                int start = i;
                i = numberEnd(source, i);
                tokens.add(new PartiqlToken(PartiqlToken.Kind.NUMBER, source.substring(start, i)));
            } else if (c == '?') {
                i++;
                tokens.add(new PartiqlToken(PartiqlToken.Kind.PARAMETER, "?"));
            } else if (i + 1 < source.length() && PAIRS.contains(source.substring(i, i + 2))) {
                tokens.add(new PartiqlToken(PartiqlToken.Kind.SYMBOL, source.substring(i, i + 2)));
                i += 2;
            } else if (SINGLES.indexOf(c) >= 0) {
                tokens.add(new PartiqlToken(PartiqlToken.Kind.SYMBOL, String.valueOf(c)));
                i++;
            } else {
                throw PartiqlErrors.malformed("Unexpected character: " + new String(Character.toChars(
                        source.codePointAt(i))));
            }
        }
        tokens.add(new PartiqlToken(PartiqlToken.Kind.END, ""));
        return tokens;
    }

    /** Reads a quoted text from its opening quote; returns the index after the closing quote. */
    private static int quoted(String source, int open, StringBuilder text) {
        char quote = source.charAt(open);
        int i = open + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == quote) {
                if (i + 1 < source.length() && source.charAt(i + 1) == quote) {
                    text.append(quote);
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            text.append(c);
            i++;
        }
        throw PartiqlErrors.malformed(quote == '"' ? "Unterminated quoted identifier" : "Unterminated string literal");
    }

    private static int numberEnd(String source, int start) {
        int i = start;
        while (i < source.length() && isDigit(source.charAt(i))) {
            i++;
        }
        if (i < source.length() && source.charAt(i) == '.') {
            i++;
            while (i < source.length() && isDigit(source.charAt(i))) {
                i++;
            }
        }
        if (i < source.length() && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < source.length() && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < source.length() && isDigit(source.charAt(exponent))) {
                i = exponent;
                while (i < source.length() && isDigit(source.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
