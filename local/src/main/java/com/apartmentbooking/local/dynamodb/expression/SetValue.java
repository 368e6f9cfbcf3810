package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The right-hand side of a SET action. Unlike a condition operand, a missing attribute or a wrong type is an error
 * here: DynamoDB refuses an update it cannot compute instead of writing something.
 */
public sealed interface SetValue
        permits SetValue.Path, SetValue.Value, SetValue.IfNotExists, SetValue.ListAppend, SetValue.Plus,
        SetValue.Minus {

    AttributeValue evaluate(Map<String, AttributeValue> item);

    /** The document paths this value reads from the item. */
    List<DocumentPath> paths();

    /**
     * The type this value has whatever the item holds (N for arithmetic, L for list_append, a literal's own), or
     * null when it depends on the item: DynamoDB checks a known type against the index keys before reading the item.
     */
    String knownType();

    record Path(DocumentPath path) implements SetValue {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue value = path.resolve(item);
            if (value == null) {
                throw DynamoDbException.validation(
                        "The provided expression refers to an attribute that does not exist in the item");
            }
            return value;
        }

        public List<DocumentPath> paths() {
            return List.of(path);
        }

        public String knownType() {
            return null;
        }
    }

    record Value(AttributeValue value) implements SetValue {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return value;
        }

        public List<DocumentPath> paths() {
            return List.of();
        }

        public String knownType() {
            return value.type();
        }
    }

    record IfNotExists(DocumentPath path, SetValue fallback) implements SetValue {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue value = path.resolve(item);
            return value != null ? value : fallback.evaluate(item);
        }

        public List<DocumentPath> paths() {
            return concat(List.of(path), fallback.paths());
        }

        public String knownType() {
            return null;
        }
    }

    record ListAppend(SetValue first, SetValue second) implements SetValue {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            if (first.evaluate(item) instanceof AttributeValue.L a
                    && second.evaluate(item) instanceof AttributeValue.L b) {
                List<AttributeValue> joined = new ArrayList<>(a.values());
                joined.addAll(b.values());
                return new AttributeValue.L(joined);
            }
            throw incorrectType();
        }

        public List<DocumentPath> paths() {
            return concat(first.paths(), second.paths());
        }

        public String knownType() {
            return "L";
        }
    }

    record Plus(SetValue left, SetValue right) implements SetValue {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return AttributeValue.N.of(number(left, item).add(number(right, item)));
        }

        public List<DocumentPath> paths() {
            return concat(left.paths(), right.paths());
        }

        public String knownType() {
            return "N";
        }
    }

    record Minus(SetValue left, SetValue right) implements SetValue {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return AttributeValue.N.of(number(left, item).subtract(number(right, item)));
        }

        public List<DocumentPath> paths() {
            return concat(left.paths(), right.paths());
        }

        public String knownType() {
            return "N";
        }
    }

    private static List<DocumentPath> concat(List<DocumentPath> first, List<DocumentPath> second) {
        List<DocumentPath> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static BigDecimal number(SetValue operand, Map<String, AttributeValue> item) {
        if (operand.evaluate(item) instanceof AttributeValue.N n) {
            return n.bigDecimal();
        }
        throw incorrectType();
    }

    static DynamoDbException incorrectType() {
        return DynamoDbException.validation("An operand in the update expression has an incorrect data type");
    }

    /** Exact decimal arithmetic for ADD; the 38-digit and range rules apply to the result. */
    static AttributeValue.N sum(AttributeValue.N a, AttributeValue.N b) {
        return AttributeValue.N.of(Numbers.checkLimits(a.bigDecimal().add(b.bigDecimal())));
    }
}
