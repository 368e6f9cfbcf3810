package com.apartmentbooking.local.states.jsonpath.intrinsic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an intrinsic function call into tokens. */
final class Tokenizer {
    // JSON's number grammar: AWS refuses forms such as "1." or ".5".
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String source;
    private int position;

    private Tokenizer(String source) {
        this.source = source;
    }

    /** The tokens of {@code source}, ending with an END token. */
    static List<Token> tokenize(String source) {
        return new Tokenizer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (position >= source.length()) {
                tokens.add(new Token(TokenType.END, "", position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = source.charAt(position);
        switch (c) {
            case '(':
                position++;
                return new Token(TokenType.LEFT_PAREN, "(", start);
            case ')':
                position++;
                return new Token(TokenType.RIGHT_PAREN, ")", start);
            case ',':
                position++;
                return new Token(TokenType.COMMA, ",", start);
            case '\'':
                return string();
            case '$':
                return path();
            default:
                if (c == '-' || Character.isDigit(c)) {
                    return number();
                }
                if (Character.isLetter(c)) {
                    return word();
                }
                throw new IntrinsicSyntaxException("Unexpected character '" + c + "' at position " + start);
        }
    }

    private Token string() {
        int start = position;
        position++;
        StringBuilder raw = new StringBuilder();
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\\' && position + 1 < source.length()) {
                // The escape is kept as written: States.Format must still tell an escaped brace
                // from a placeholder, so decoding happens where the literal is used.
                raw.append(c).append(source.charAt(position + 1));
                position += 2;
            } else if (c == '\'') {
                position++;
                return new Token(TokenType.STRING, raw.toString(), start);
            } else {
                raw.append(c);
                position++;
            }
        }
        throw new IntrinsicSyntaxException("Unterminated string literal at position " + start);
    }

    private Token number() {
        int start = position;
        Matcher matcher = NUMBER.matcher(source).region(position, source.length());
        if (!matcher.lookingAt()) {
            throw new IntrinsicSyntaxException("Invalid number at position " + start);
        }
        position = matcher.end();
        if (position < source.length() && isWordCharacter(source.charAt(position))) {
            throw new IntrinsicSyntaxException("Invalid number at position " + start);
        }
        return new Token(TokenType.NUMBER, matcher.group(), start);
    }

    private Token word() {
        int start = position;
        while (position < source.length() && isWordCharacter(source.charAt(position))) {
            position++;
        }
        String word = source.substring(start, position);
        return switch (word) {
            case "true" -> new Token(TokenType.TRUE, word, start);
            case "false" -> new Token(TokenType.FALSE, word, start);
            case "null" -> new Token(TokenType.NULL, word, start);
            default -> new Token(TokenType.IDENTIFIER, word, start);
        };
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_';
    }

    // A path runs to the first comma, closing parenthesis or blank that is not inside brackets,
    // parentheses or quotes: filters, unions and quoted names contain all three.
    private Token path() {
        int start = position;
        int depth = 0;
        char quote = 0;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (quote != 0) {
                if (c == '\\') {
                    position++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                break;
            }
            position++;
        }
        if (quote != 0 || depth != 0) {
            throw new IntrinsicSyntaxException("Unterminated path at position " + start);
        }
        return new Token(TokenType.PATH, source.substring(start, Math.min(position, source.length())), start);
    }

    private void skipWhitespace() {
        while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
    }
}
