package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the JSON of a Choice rule into {@link Condition}s, rejecting what AWS rejects when it
 * validates a definition: no operator or two of them, operands of the wrong type, fields a rule
 * cannot have, paths that do not parse. Each failure is an IllegalArgumentException whose message
 * says what is wrong.
 */
final class RuleParser {
    static final String NEXT = "Next";
    private static final String VARIABLE = "Variable";
    private static final String AND = "And";
    private static final String OR = "Or";
    private static final String NOT = "Not";
    private static final String IS_PRESENT = "IsPresent";
    private static final Set<String> TOP_LEVEL_EXTRAS = Set.of(NEXT, "Comment", "Assign");
    private static final Set<String> NESTED_EXTRAS = Set.of("Comment");

    private RuleParser() {
    }

    /** The condition of a rule; a top-level rule may also carry Next, Comment and Assign. */
    static Condition parse(JsonNode rule, boolean topLevel) {
        if (rule == null || !rule.isObject()) {
            throw new IllegalArgumentException("A Choice rule must be an object: " + rule);
        }
        String operator = soleOperator(rule);
        Set<String> extras = topLevel ? TOP_LEVEL_EXTRAS : NESTED_EXTRAS;
        boolean comparison = !operator.equals(AND) && !operator.equals(OR) && !operator.equals(NOT);
        Iterator<String> names = rule.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean allowed = name.equals(operator) || extras.contains(name) || comparison && name.equals(VARIABLE);
            if (!allowed) {
                throw new IllegalArgumentException(name.equals(NEXT)
                        ? "Next is only allowed in a top-level Choice rule, not inside And, Or or Not: " + rule
                        : "The field '" + name + "' is not allowed in a Choice rule: " + rule);
            }
        }
        JsonNode operand = rule.get(operator);
        switch (operator) {
            case AND:
                return new AllOf(nestedRules(AND, operand));
            case OR:
                return new AnyOf(nestedRules(OR, operand));
            case NOT:
                return new Negation(parse(operand, false));
            default:
                return comparison(rule, operator, operand);
        }
    }

    /** The one field of the rule that says what it tests. */
    private static String soleOperator(JsonNode rule) {
        List<String> operators = new ArrayList<>();
        Iterator<String> names = rule.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (isOperator(name)) {
                operators.add(name);
            }
        }
        if (operators.size() != 1) {
            throw new IllegalArgumentException("A Choice rule must have exactly one of And, Or, Not or a comparison"
                    + " operator, but has " + (operators.isEmpty() ? "none" : String.join(", ", operators)) + ": "
                    + rule);
        }
        return operators.get(0);
    }

    private static boolean isOperator(String name) {
        return name.equals(AND) || name.equals(OR) || name.equals(NOT) || name.equals(IS_PRESENT)
                || TypeTest.named(name).isPresent() || ComparisonOperator.named(name).isPresent()
                || pathForm(name).isPresent();
    }

    /** The operator whose *Path form the name is, as "NumericEqualsPath" is of NumericEquals. */
    private static Optional<ComparisonOperator> pathForm(String name) {
        if (!name.endsWith(ComparisonOperator.PATH_SUFFIX)) {
            return Optional.empty();
        }
        return ComparisonOperator.named(name.substring(0, name.length() - ComparisonOperator.PATH_SUFFIX.length()))
                .filter(ComparisonOperator::hasPathForm);
    }

    private static List<Condition> nestedRules(String operator, JsonNode rules) {
        if (!rules.isArray() || rules.isEmpty()) {
            throw new IllegalArgumentException(operator + " must be a non-empty array of Choice rules: " + rules);
        }
        List<Condition> conditions = new ArrayList<>();
        for (JsonNode rule : rules) {
            conditions.add(parse(rule, false));
        }
        return conditions;
    }

    private static Condition comparison(JsonNode rule, String operator, JsonNode operand) {
        String variable = path(VARIABLE, rule.get(VARIABLE));
        if (operator.equals(IS_PRESENT)) {
            return new PresenceCheck(variable, flag(operator, operand));
        }
        Optional<TypeTest> typeTest = TypeTest.named(operator);
        if (typeTest.isPresent()) {
            return new TypeCheck(variable, typeTest.get(), flag(operator, operand));
        }
        Optional<ComparisonOperator> withPath = pathForm(operator);
        if (withPath.isPresent()) {
            return new PathComparison(variable, withPath.get(), path(operator, operand));
        }
        ComparisonOperator comparison = ComparisonOperator.named(operator).orElseThrow();
        Predicate<JsonNode> test = comparison.against(operand).orElseThrow(() -> new IllegalArgumentException(
                "The value of " + operator + " must be " + comparison.operandDescription() + ": " + operand));
        return new ValueComparison(variable, comparison, test);
    }

    private static boolean flag(String operator, JsonNode operand) {
        if (!operand.isBoolean()) {
            throw new IllegalArgumentException("The value of " + operator + " must be true or false: " + operand);
        }
        return operand.booleanValue();
    }

    private static String path(String field, JsonNode value) {
        if (value == null) {
            throw new IllegalArgumentException("A comparison Choice rule needs a Variable");
        }
        if (!value.isTextual() || !value.textValue().startsWith("$")) {
            throw new IllegalArgumentException("The value of " + field + " must be a path starting with '$': " + value);
        }
        try {
            JsonPaths.checkSyntax(value.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value of " + field + " is not a valid path: " + value.textValue()
                    + " (" + e.getMessage() + ")", e);
        }
        return value.textValue();
    }
}
