package com.apartmentbooking.local.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Names start with a letter and go on with letters, digits and underscores
 * (AWS rejects {@code _abc} with a syntax error on "_"); placeholders are {@code #} or {@code :} followed by the same
 * characters. Anything else becomes an UNKNOWN token so the parser can report it as AWS does.
 */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isLetter(c)) {
                i = nameEnd(source, i + 1);
                tokens.add(new Token(Token.Kind.WORD, source.substring(start, i), start, i));
            } else if ((c == '#' || c == ':') && i + 1 < source.length() && isNamePart(source.charAt(i + 1))) {
                i = nameEnd(source, i + 1);
                Token.Kind kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
                tokens.add(new Token(kind, source.substring(start, i), start, i));
            } else if (c >= '0' && c <= '9') {
                while (i < source.length() && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, source.substring(start, i), start, i));
            } else if ((c == '<' || c == '>') && i + 1 < source.length()
                    && (source.charAt(i + 1) == '=' || (c == '<' && source.charAt(i + 1) == '>'))) {
                i += 2;
                tokens.add(new Token(Token.Kind.SYMBOL, source.substring(start, i), start, i));
            } else if ("()[],.=<>+-".indexOf(c) >= 0) {
                i++;
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), start, i));
            } else {
                i += Character.charCount(source.codePointAt(i));
                tokens.add(new Token(Token.Kind.UNKNOWN, source.substring(start, i), start, i));
            }
        }
        tokens.add(new Token(Token.Kind.END, "", source.length(), source.length()));
        return tokens;
    }

    private static int nameEnd(String source, int from) {
        int i = from;
        while (i < source.length() && isNamePart(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
