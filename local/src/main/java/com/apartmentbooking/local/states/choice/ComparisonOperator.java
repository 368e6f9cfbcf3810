package com.apartmentbooking.local.states.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The comparison operators of Choice rules. Each compares the Variable's value with an operand of
 * the operator's type; a value of another type makes the comparison false, never an error, as AWS
 * decides (a string "42" is not NumericEquals 42). Every operator but StringMatches also has a
 * {@code *Path} form whose operand is read from a path; that form is {@link Comparison}'s concern.
 */
enum ComparisonOperator {
    STRING_EQUALS("StringEquals", Kind.STRING, Relation.EQUALS),
    STRING_LESS_THAN("StringLessThan", Kind.STRING, Relation.LESS_THAN),
    STRING_GREATER_THAN("StringGreaterThan", Kind.STRING, Relation.GREATER_THAN),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Kind.STRING, Relation.LESS_THAN_EQUALS),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Kind.STRING, Relation.GREATER_THAN_EQUALS),
    STRING_MATCHES("StringMatches", Kind.MATCHES, Relation.EQUALS),
    NUMERIC_EQUALS("NumericEquals", Kind.NUMERIC, Relation.EQUALS),
    NUMERIC_LESS_THAN("NumericLessThan", Kind.NUMERIC, Relation.LESS_THAN),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Kind.NUMERIC, Relation.GREATER_THAN),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Kind.NUMERIC, Relation.LESS_THAN_EQUALS),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Kind.NUMERIC, Relation.GREATER_THAN_EQUALS),
    BOOLEAN_EQUALS("BooleanEquals", Kind.BOOLEAN, Relation.EQUALS),
    TIMESTAMP_EQUALS("TimestampEquals", Kind.TIMESTAMP, Relation.EQUALS),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Kind.TIMESTAMP, Relation.LESS_THAN),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Kind.TIMESTAMP, Relation.GREATER_THAN),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Kind.TIMESTAMP, Relation.LESS_THAN_EQUALS),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Kind.TIMESTAMP, Relation.GREATER_THAN_EQUALS);

    static final String PATH_SUFFIX = "Path";

    private static final Map<String, ComparisonOperator> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(operator -> operator.fieldName, Function.identity()));

    /** The types of operands, and how two values of a type are ordered. */
    private enum Kind {
        STRING("a string"), MATCHES("a string"), NUMERIC("a number"), BOOLEAN("a boolean"),
        TIMESTAMP("a timestamp such as 2016-03-14T01:59:00Z");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final String fieldName;
    private final Kind kind;
    private final Relation relation;

    ComparisonOperator(String fieldName, Kind kind, Relation relation) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.relation = relation;
    }

    /** The operator a rule field names, such as "NumericEquals"; not the *Path forms. */
    static Optional<ComparisonOperator> named(String fieldName) {
        return Optional.ofNullable(BY_NAME.get(fieldName));
    }

    String fieldName() {
        return fieldName;
    }

    boolean hasPathForm() {
        return kind != Kind.MATCHES;
    }

    /** What a literal operand must be, for definition errors. */
    String operandDescription() {
        return kind.description;
    }

    /**
     * The test of a Variable value against this operand, or empty when the operand is not of the
     * operator's type: a literal of the wrong type is a definition error, a path operand of the
     * wrong type makes the comparison false.
     */
    Optional<Predicate<JsonNode>> against(JsonNode operand) {
        switch (kind) {
            case STRING:
                return operand.isTextual() ? Optional.of(stringTest(operand.textValue())) : Optional.empty();
            case MATCHES:
                return operand.isTextual() ? Optional.of(matchesTest(WildcardPattern.compile(operand.textValue())))
                        : Optional.empty();
            case NUMERIC:
                return operand.isNumber() ? Optional.of(numericTest(operand)) : Optional.empty();
            case BOOLEAN:
                return operand.isBoolean() ? Optional.of(booleanTest(operand.booleanValue())) : Optional.empty();
            default:
                return TimestampValues.of(operand).map(this::timestampTest);
        }
    }

    private Predicate<JsonNode> stringTest(String operand) {
        return value -> value.isTextual() && relation.holds(value.textValue().compareTo(operand));
    }

    private static Predicate<JsonNode> matchesTest(WildcardPattern pattern) {
        return value -> value.isTextual() && pattern.matches(value.textValue());
    }

    /** Numbers compare exactly as decimals; integers that fit a long skip the decimal conversion. */
    private Predicate<JsonNode> numericTest(JsonNode operand) {
        BigDecimal decimalOperand = operand.decimalValue();
        boolean longOperand = operand.isIntegralNumber() && operand.canConvertToLong();
        long operandLong = operand.longValue();
        return value -> {
            if (!value.isNumber()) {
                return false;
            }
            if (longOperand && value.isIntegralNumber() && value.canConvertToLong()) {
                return relation.holds(Long.compare(value.longValue(), operandLong));
            }
            return relation.holds(value.decimalValue().compareTo(decimalOperand));
        };
    }

    private static Predicate<JsonNode> booleanTest(boolean operand) {
        return value -> value.isBoolean() && value.booleanValue() == operand;
    }

    private Predicate<JsonNode> timestampTest(Instant operand) {
        return value -> TimestampValues.of(value).map(instant -> relation.holds(instant.compareTo(operand)))
                .orElse(false);
    }
}
