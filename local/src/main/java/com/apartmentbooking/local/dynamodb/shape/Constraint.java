package com.apartmentbooking.local.dynamodb.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One constraint of DynamoDB's request model on a member's value, with the text AWS's validation framework gives
 * when it fails ({@code Member must ...}). Every constraint but {@link NotNull} is checked only on a present value.
 */
sealed interface Constraint {

    /** AWS's text for a value that breaks this constraint. */
    String text();

    /** Whether a present (non-null) value of the member's type keeps this constraint. */
    boolean holds(JsonNode value);

    /** How many times AWS reports this constraint for a present value: once when it fails, for maps once a key. */
    default int violations(JsonNode value) {
        return holds(value) ? 0 : 1;
    }

    static Constraint notNull() {
        return NotNull.INSTANCE;
    }

    static Constraint oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static Constraint matches(String regex) {
        return new Matches(regex, Pattern.compile(regex));
    }

    static Constraint minLength(int length) {
        return new MinLength(length);
    }

    static Constraint maxLength(int length) {
        return new MaxLength(length);
    }

    static Constraint atLeast(long value) {
        return new AtLeast(value);
    }

    static Constraint atMost(long value) {
        return new AtMost(value);
    }

    static Constraint unlessArn(Constraint constraint) {
        return new UnlessArn(constraint);
    }

    static Constraint mapKeys(Constraint... rules) {
        return new MapKeys(List.of(rules));
    }

    static Constraint mapValues(Constraint... rules) {
        return new MapValues(List.of(rules));
    }

    /** The member must be present. */
    enum NotNull implements Constraint {
        INSTANCE;

        @Override
        public String text() {
            return "Member must not be null";
        }

        @Override
        public boolean holds(JsonNode value) {
            return true;
        }
    }

    record OneOf(List<String> values) implements Constraint {
        @Override
        public String text() {
            return "Member must satisfy enum value set: [" + String.join(", ", values) + "]";
        }

        @Override
        public boolean holds(JsonNode value) {
            return values.contains(value.asText());
        }
    }

    record Matches(String regex, Pattern pattern) implements Constraint {
        @Override
        public String text() {
            return "Member must satisfy regular expression pattern: " + regex;
        }

        @Override
        public boolean holds(JsonNode value) {
            return pattern.matcher(value.asText()).matches();
        }
    }

    record MinLength(int length) implements Constraint {
        @Override
        public String text() {
            return "Member must have length greater than or equal to " + length;
        }

        @Override
        public boolean holds(JsonNode value) {
            return lengthOf(value) >= length;
        }
    }

    record MaxLength(int length) implements Constraint {
        @Override
        public String text() {
            return "Member must have length less than or equal to " + length;
        }

        @Override
        public boolean holds(JsonNode value) {
            return lengthOf(value) <= length;
        }
    }

    record AtLeast(long value) implements Constraint {
        @Override
        public String text() {
            return "Member must have value greater than or equal to " + value;
        }

        @Override
        public boolean holds(JsonNode number) {
            return whole(number).compareTo(BigDecimal.valueOf(value)) >= 0;
        }
    }

    record AtMost(long value) implements Constraint {
        @Override
        public String text() {
            return "Member must have value less than or equal to " + value;
        }

        @Override
        public boolean holds(JsonNode number) {
            return whole(number).compareTo(BigDecimal.valueOf(value)) <= 0;
        }
    }

    /** Table names may be given as ARNs, which the name's own pattern and length do not describe. */
    record UnlessArn(Constraint constraint) implements Constraint {
        @Override
        public String text() {
            return constraint.text();
        }

        @Override
        public boolean holds(JsonNode value) {
            return value.asText().startsWith("arn:") || constraint.holds(value);
        }
    }

    /** Every key of a map keeps all the rules; AWS names them all in one text. */
    record MapKeys(List<Constraint> rules) implements Constraint {
        @Override
        public String text() {
            return "Map keys must satisfy constraint: " + texts(rules);
        }

        @Override
        public boolean holds(JsonNode map) {
            return violations(map) == 0;
        }

        /** AWS reports the map once for each key that breaks a rule. */
        @Override
        public int violations(JsonNode map) {
            int broken = 0;
            for (Iterator<String> keys = map.fieldNames(); keys.hasNext(); ) {
                TextNode key = TextNode.valueOf(keys.next());
                if (!rules.stream().allMatch(rule -> rule.holds(key))) {
                    broken++;
                }
            }
            return broken;
        }
    }

    /** Every value of a map keeps all the rules; AWS names them all in one text. */
    record MapValues(List<Constraint> rules) implements Constraint {
        @Override
        public String text() {
            return "Map value must satisfy constraint: " + texts(rules);
        }

        @Override
        public boolean holds(JsonNode map) {
            return violations(map) == 0;
        }

        /** AWS reports the map once for each value that breaks a rule. */
        @Override
        public int violations(JsonNode map) {
            int broken = 0;
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                JsonNode value = entry.getValue();
                if (!value.isNull() && !rules.stream().allMatch(rule -> rule.holds(value))) {
                    broken++;
                }
            }
            return broken;
        }
    }

    private static String texts(List<Constraint> rules) {
        return rules.stream().map(Constraint::text).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Characters of a string, elements of a list, entries of a map. */
    private static int lengthOf(JsonNode value) {
        return value.isTextual() ? value.textValue().length() : value.size();
    }

    /** Integer members read a fraction as its whole part, so bounds compare that. */
    private static BigDecimal whole(JsonNode number) {
        return number.decimalValue().setScale(0, RoundingMode.FLOOR);
    }
}
