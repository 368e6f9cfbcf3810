package com.apartmentbooking.local.appsync.graphql;

import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AppSync runs an older graphql-java and answers with its wording ("Validation error of type FieldUndefined:
 * Field 'x' in type 'Query' is undefined @ 'x'", "Cannot return null for non-nullable type: ..."). This rewords
 * the current library's messages into that form; messages it does not know stay as they are.
 */
final class LegacyMessages {

    private static final Pattern VALIDATION = Pattern.compile("Validation [eE]rror \\(([A-Za-z]+)[^)]*\\) ?: (.*)",
            Pattern.DOTALL);
    private static final Pattern SYNTAX = Pattern.compile("Invalid syntax with offending token (.*)", Pattern.DOTALL);
    private static final Pattern NULL_FIELD = Pattern.compile(
            ".*The non-nullable type is '(.*?)' within parent type '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern NULL_VARIABLE = Pattern.compile(
            "Variable '.*?' has an invalid value: (Variable '.*?' has coerced Null value for NonNull type .*)",
            Pattern.DOTALL);
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "argument '(.*?)' with value '(.*)' is not a valid '(.*?)'( - .*)?", Pattern.DOTALL);

    /** The older names of validation error types that were renamed. */
    private static final Map<String, String> TYPE_NAMES = Map.of(
            "SubselectionRequired", "SubSelectionRequired",
            "SubselectionNotAllowed", "SubSelectionNotAllowed");

    /** Older descriptions whose quoting or words differ: the current text's pattern and the older text. */
    private static final List<Map.Entry<Pattern, Function<Matcher, String>>> DESCRIPTIONS = List.of(
            rule("Subselection required for type '(.*?)' of field '(.*?)'",
                    m -> "Sub selection required for type " + m.group(1) + " of field " + m.group(2)),
            rule("Subselection not allowed on leaf type '(.*?)' of field '(.*?)'",
                    m -> "Sub selection not allowed on leaf type " + m.group(1) + " of field " + m.group(2)),
            rule("Missing field argument '(.*?)'", m -> "Missing field argument " + m.group(1)),
            rule("Unknown field argument '(.*?)'", m -> "Unknown field argument " + m.group(1)),
            rule("Unknown type '(.*?)'", m -> "Unknown type " + m.group(1)),
            rule("Undefined variable '(.*?)'", m -> "Undefined variable " + m.group(1)),
            rule("Unused variable '(.*?)'", m -> "Unused variable " + m.group(1)),
            rule("Unknown directive '(.*?)'", m -> "Unknown directive " + m.group(1)),
            rule("Undefined fragment '(.*?)'", m -> "Undefined fragment " + m.group(1)),
            rule("Variable '(.*?)' of type '(.*?)' used in position expecting type '(.*?)'",
                    m -> "Variable type '" + m.group(2) + "' doesn't match expected type '" + m.group(3) + "'"));

    private LegacyMessages() {
    }

    static String of(GraphQLError error) {
        if (error instanceof ValidationError validation) {
            return validation(validation);
        }
        if (error instanceof InvalidSyntaxError syntax) {
            Matcher matcher = SYNTAX.matcher(syntax.getMessage());
            return matcher.matches() ? "Invalid Syntax : offending token " + matcher.group(1) : "Invalid Syntax";
        }
        if (error instanceof NonNullableFieldWasNullError nullField) {
            Matcher matcher = NULL_FIELD.matcher(nullField.getMessage());
            if (matcher.matches()) {
                return "Cannot return null for non-nullable type: '" + matcher.group(1) + "' within parent '"
                        + matcher.group(2) + "' (" + path(nullField.getPath()) + ")";
            }
        }
        Matcher nullVariable = NULL_VARIABLE.matcher(error.getMessage());
        return nullVariable.matches() ? nullVariable.group(1) : error.getMessage();
    }

    private static String validation(ValidationError error) {
        Matcher matcher = VALIDATION.matcher(error.getDescription());
        if (!matcher.matches()) {
            return error.getMessage();
        }
        String type = TYPE_NAMES.getOrDefault(matcher.group(1), matcher.group(1));
        String description = description(matcher.group(2));
        List<String> queryPath = error.getQueryPath();
        String at = queryPath == null || queryPath.isEmpty() ? "" : " @ '" + String.join("/", queryPath) + "'";
        return "Validation error of type " + type + ": " + description + at;
    }

    private static String description(String current) {
        Matcher wrongType = WRONG_TYPE.matcher(current);
        if (wrongType.matches()) {
            return "argument '" + wrongType.group(1) + "' with value '" + astText(wrongType.group(2))
                    + "' is not a valid '" + wrongType.group(3) + "'";
        }
        for (Map.Entry<Pattern, Function<Matcher, String>> rule : DESCRIPTIONS) {
            Matcher matcher = rule.getKey().matcher(current);
            if (matcher.matches()) {
                return rule.getValue().apply(matcher);
            }
        }
        return current;
    }

    /** The older library showed a literal as its syntax tree node ({@code StringValue{value='4'}}). */
    private static String astText(String literal) {
        try {
            return Parser.parseValue(literal).toString();
        } catch (RuntimeException e) {
            return literal;
        }
    }

    private static String path(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            path.append(segment instanceof Integer index ? "[" + index + "]" : "/" + segment);
        }
        return path.toString();
    }

    private static Map.Entry<Pattern, Function<Matcher, String>> rule(String pattern, Function<Matcher, String> older) {
        return Map.entry(Pattern.compile(pattern, Pattern.DOTALL), older);
    }
}
