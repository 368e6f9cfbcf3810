package com.apartmentbooking.local.states.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a JSONata expression refers to: the {@code $name} references (which may be ASL variables)
 * and the members of {@code $states} it reads ({@code $states.result} ...).
 *
 * <p>The evaluator binds only the variables an expression names, because the library copies every
 * binding eagerly and a state can see many variables. The engine's validator uses
 * {@link #statesFields()} to reject {@code $states.result} or {@code $states.errorOutput} where AWS
 * does not offer them.
 *
 * <p>The scan follows the JSONata tokenizer: string literals, backtick names, comments and regular
 * expressions are skipped, and a name ends at whitespace or at an operator character. A slash opens a
 * regular expression only where an operand is expected, as in the tokenizer; where that guess could go
 * wrong the scan errs towards reporting a name too many, which costs only an unused binding.
 */
public final class JsonataReferences {
    private static final String STATES = "states";
    private static final String NAME_TERMINATORS = ".[]{}(),@#;:?+-*/%|=<>^&!~";
    private static final Set<String> INFIX_KEYWORDS = Set.of("and", "or", "in");

    private final Set<String> variables;
    private final Set<String> statesFields;

    private JsonataReferences(Set<String> variables, Set<String> statesFields) {
        this.variables = Collections.unmodifiableSet(variables);
        this.statesFields = Collections.unmodifiableSet(statesFields);
    }

    /** The references of one expression, given without its {@code {% %}} delimiters. */
    public static JsonataReferences of(String expression) {
        Set<String> variables = new LinkedHashSet<>();
        Set<String> statesFields = new LinkedHashSet<>();
        new Scan(expression, variables, statesFields).run();
        return new JsonataReferences(variables, statesFields);
    }

    /** The references of every {@code {% %}} expression anywhere in a template. */
    public static JsonataReferences ofTemplate(JsonNode template) {
        Set<String> variables = new LinkedHashSet<>();
        Set<String> statesFields = new LinkedHashSet<>();
        collect(template, variables, statesFields);
        return new JsonataReferences(variables, statesFields);
    }

    private static void collect(JsonNode template, Set<String> variables, Set<String> statesFields) {
        if (JsonataTemplates.isExpression(template)) {
            new Scan(JsonataTemplates.expressionOf(template), variables, statesFields).run();
        } else if (template.isContainerNode()) {
            for (JsonNode child : template) {
                collect(child, variables, statesFields);
            }
        }
    }

    /** Names used as {@code $name}, without the dollar; {@code $states} is not among them. */
    public Set<String> variables() {
        return variables;
    }

    /** Members read as {@code $states.member}: input, result, errorOutput, context. */
    public Set<String> statesFields() {
        return statesFields;
    }

    /** One left-to-right pass over an expression's text. */
    private static final class Scan {
        private final String text;
        private final Set<String> variables;
        private final Set<String> statesFields;
        private int position;
        /** Whether the last token ended an operand, which makes a following slash a division. */
        private boolean afterOperand;
        private char lastOperator;

        Scan(String text, Set<String> variables, Set<String> statesFields) {
            this.text = text;
            this.variables = variables;
            this.statesFields = statesFields;
        }

        void run() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (Character.isWhitespace(c)) {
                    position++;
                } else if (c == '/' && peek(1) == '*') {
                    skipComment();
                } else if (c == '"' || c == '\'') {
                    skipString(c);
                    operand();
                } else if (c == '`') {
                    skipBacktickName();
                    operand();
                } else if (c == '/' && !afterOperand) {
                    skipRegex();
                    operand();
                } else if (c == '$') {
                    String name = readName(position + 1);
                    if (name.equals(STATES)) {
                        readStatesField();
                    } else if (!name.isEmpty() && !name.startsWith("$")) {
                        // "$" alone is the context value and "$$" the root: neither is a variable.
                        variables.add(name);
                    }
                    operand();
                } else if (NAME_TERMINATORS.indexOf(c) >= 0) {
                    operator(c);
                } else {
                    afterOperand = !INFIX_KEYWORDS.contains(readName(position));
                }
            }
        }

        private void operand() {
            afterOperand = true;
            lastOperator = 0;
        }

        private void operator(char c) {
            // ")" "]" "}" close an operand; a "*" right after a "." is the wildcard operand.
            boolean wildcard = c == '*' && (lastOperator == '.' || !afterOperand);
            afterOperand = c == ')' || c == ']' || c == '}' || wildcard;
            lastOperator = c;
            position++;
        }

        /** Reads a name from {@code start} and moves past it. */
        private String readName(int start) {
            int end = start;
            while (end < text.length()) {
                char c = text.charAt(end);
                if (Character.isWhitespace(c) || NAME_TERMINATORS.indexOf(c) >= 0) {
                    break;
                }
                end++;
            }
            position = end;
            lastOperator = 0;
            return text.substring(start, end);
        }

        /** After {@code $states}: the member read with "." (spaces allowed around it), if any. */
        private void readStatesField() {
            int cursor = skipSpaces(position);
            if (cursor >= text.length() || text.charAt(cursor) != '.') {
                return;
            }
            cursor = skipSpaces(cursor + 1);
            if (cursor < text.length() && text.charAt(cursor) == '`') {
                int close = text.indexOf('`', cursor + 1);
                if (close > 0) {
                    statesFields.add(text.substring(cursor + 1, close));
                }
                return;
            }
            int end = cursor;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                    && NAME_TERMINATORS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end > cursor) {
                statesFields.add(text.substring(cursor, end));
            }
        }

        private int skipSpaces(int from) {
            int cursor = from;
            while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
                cursor++;
            }
            return cursor;
        }

        private char peek(int offset) {
            int at = position + offset;
            return at < text.length() ? text.charAt(at) : 0;
        }

        private void skipComment() {
            int end = text.indexOf("*/", position + 2);
            position = end < 0 ? text.length() : end + 2;
        }

        private void skipString(char quote) {
            position++;
            while (position < text.length() && text.charAt(position) != quote) {
                position += text.charAt(position) == '\\' ? 2 : 1;
            }
            position++;
        }

        private void skipBacktickName() {
            int end = text.indexOf('`', position + 1);
            position = end < 0 ? text.length() : end + 1;
        }

        /** A regular expression ends at the first slash not escaped by a backslash. */
        private void skipRegex() {
            position++;
            while (position < text.length() && text.charAt(position) != '/') {
                position += text.charAt(position) == '\\' ? 2 : 1;
            }
            position++;
        }
    }
}
