package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.states.jsonpath.PathExpression;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of intrinsic function calls:
 * <pre>
 *   expression := call END
 *   call       := IDENTIFIER '(' [ argument { ',' argument } ] ')'
 *   argument   := STRING | NUMBER | 'true' | 'false' | 'null' | PATH | call
 * </pre>
 */
final class IntrinsicParser {

    /**
     * The deepest nesting of calls parsed. AWS's documented nesting is far shallower; the bound keeps a call nested
     * as deep as a 1 MB definition allows from exhausting the parser's stack.
     */
    private static final int MAX_NESTING = 100;

    private final String source;
    private final List<Token> tokens;
    private int position;
    private int nesting;

    private IntrinsicParser(String source) {
        this.source = source;
        this.tokens = Tokenizer.tokenize(source);
    }

    static FunctionCall parse(String source) {
        IntrinsicParser parser = new IntrinsicParser(source);
        FunctionCall call = parser.call();
        parser.expect(TokenType.END, "end of expression");
        return call;
    }

    private FunctionCall call() {
        if (++nesting > MAX_NESTING) {
            throw error("Intrinsic function calls nested deeper than " + MAX_NESTING, peek());
        }
        Token name = expect(TokenType.IDENTIFIER, "a function name");
        IntrinsicFunction function = IntrinsicFunctions.named(name.text())
                .orElseThrow(() -> error("Unknown intrinsic function '" + name.text() + "'", name));
        expect(TokenType.LEFT_PAREN, "'('");
        List<Argument> arguments = new ArrayList<>();
        if (peek().type() != TokenType.RIGHT_PAREN) {
            arguments.add(argument());
            while (peek().type() == TokenType.COMMA) {
                position++;
                arguments.add(argument());
            }
        }
        expect(TokenType.RIGHT_PAREN, "',' or ')'");
        nesting--;
        return new FunctionCall(function, arguments);
    }

    private Argument argument() {
        Token token = peek();
        switch (token.type()) {
            case IDENTIFIER:
                return call();
            case STRING:
                position++;
                return new StringLiteral(token.text());
            case NUMBER:
                position++;
                return new ValueLiteral(number(token));
            case TRUE:
                position++;
                return new ValueLiteral(JsonNodeFactory.instance.booleanNode(true));
            case FALSE:
                position++;
                return new ValueLiteral(JsonNodeFactory.instance.booleanNode(false));
            case NULL:
                position++;
                return new ValueLiteral(JsonNodeFactory.instance.nullNode());
            case PATH:
                position++;
                try {
                    return new PathArgument(PathExpression.of(token.text()));
                } catch (IllegalArgumentException e) {
                    throw error("Invalid path '" + token.text() + "': " + e.getMessage(), token);
                }
            default:
                throw error("Expected an argument", token);
        }
    }

    // Jackson reads the number so that its node type (int, long, big integer, double) is the one
    // the same text gets anywhere else in a JSON document.
    private com.fasterxml.jackson.databind.JsonNode number(Token token) {
        try {
            return Json.DATA.readTree(token.text());
        } catch (JacksonException e) {
            throw error("Invalid number '" + token.text() + "'", token);
        }
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token expect(TokenType type, String description) {
        Token token = peek();
        if (token.type() != type) {
            throw error("Expected " + description, token);
        }
        position++;
        return token;
    }

    private IntrinsicSyntaxException error(String message, Token at) {
        String found = at.type() == TokenType.END ? "end of expression" : "'" + at.text() + "'";
        return new IntrinsicSyntaxException(message + " at position " + at.position() + " but found " + found
                + " in: " + source);
    }
}
