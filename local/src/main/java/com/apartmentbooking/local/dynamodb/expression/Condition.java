package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * A parsed condition or filter expression (or a legacy Expected / QueryFilter / ScanFilter mapped onto one).
 * {@link #test} evaluates it against an item; a missing item is the empty map.
 */
public sealed interface Condition {

    boolean test(Map<String, AttributeValue> item);

    enum Comparator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Comparator ofSymbol(String symbol) {
            for (Comparator comparator : values()) {
                if (comparator.symbol.equals(symbol)) {
                    return comparator;
                }
            }
            return null;
        }

        boolean holds(AttributeValue left, AttributeValue right) {
            if (this == EQ) {
                return Comparisons.equal(left, right);
            }
            if (this == NE) {
                // A missing attribute is "not equal" to any value, as in DynamoDB.
                return !Comparisons.equal(left, right);
            }
            Integer order = left == null || right == null ? null : Comparisons.compare(left, right);
            if (order == null) {
                return false;
            }
            return switch (this) {
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                default -> order >= 0;
            };
        }
    }

    /** The condition of an empty legacy Expected or filter map: every item passes. */
    record Always() implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return true;
        }
    }

    record Compare(Operand left, Comparator comparator, Operand right) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return comparator.holds(left.evaluate(item), right.evaluate(item));
        }
    }

    record Between(Operand value, Operand low, Operand high) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = value.evaluate(item);
            return Comparator.GE.holds(v, low.evaluate(item)) && Comparator.LE.holds(v, high.evaluate(item));
        }
    }

    record In(Operand value, List<Operand> candidates) implements Condition {
        public In {
            candidates = List.copyOf(candidates);
        }

        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = value.evaluate(item);
            return candidates.stream().anyMatch(candidate -> Comparisons.equal(v, candidate.evaluate(item)));
        }
    }

    record And(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) && right.test(item);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) || right.test(item);
        }
    }

    record Not(Condition condition) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return !condition.test(item);
        }
    }

    record AttributeExists(DocumentPath path) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return path.resolve(item) != null;
        }
    }

    record AttributeNotExists(DocumentPath path) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return path.resolve(item) == null;
        }
    }

    /** attribute_type(path, :type) where :type is S, SS, N, NS, B, BS, BOOL, NULL, L or M. */
    record AttributeType(DocumentPath path, Operand type) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue value = path.resolve(item);
            return value != null && type.evaluate(item) instanceof AttributeValue.S s && s.value().equals(value.type());
        }
    }

    record BeginsWith(Operand value, Operand prefix) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return Comparisons.beginsWith(value.evaluate(item), prefix.evaluate(item));
        }
    }

    record Contains(Operand container, Operand element) implements Condition {
        public boolean test(Map<String, AttributeValue> item) {
            return Comparisons.contains(container.evaluate(item), element.evaluate(item));
        }
    }
}
