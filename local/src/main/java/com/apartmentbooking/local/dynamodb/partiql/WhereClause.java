package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.TableDefinition;
import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A WHERE clause split into its top-level AND terms, so that the equalities on key attributes can address items
 * (a Query's partition, an UPDATE's or DELETE's one item) and the other terms stay a condition on them.
 */
final class WhereClause {

    /** The key an item statement names, and the rest of its WHERE as a condition on that item (null: none). */
    record ItemSelection(Map<String, AttributeValue> key, Condition rest) {
    }

    private final List<Expr> terms = new ArrayList<>();
    private final ValueResolver values;
    private final ConditionCompiler compiler;

    WhereClause(Expr where, ValueResolver values) {
        this.values = values;
        this.compiler = new ConditionCompiler(values);
        if (where != null) {
            collect(where);
        }
    }

    private void collect(Expr expr) {
        if (expr instanceof Expr.And and) {
            collect(and.left());
            collect(and.right());
        } else {
            terms.add(expr);
        }
    }

    /** The whole clause as a condition, or null without a WHERE. */
    Condition condition() {
        return and(terms);
    }

    /** The value the clause sets the attribute equal to at its top level, or null when it does not. */
    AttributeValue equality(String attribute) {
        for (Expr term : terms) {
            AttributeValue value = equalityValue(term, attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * A condition on the sort key that a Query can read by (comparison other than {@code <>}, BETWEEN or
     * begins_with with values of the key's type), or null when the clause has none at its top level.
     */
    KeyCondition.SortKeyCondition sortCondition(String attribute, String type) {
        for (Expr term : terms) {
            KeyCondition.SortKeyCondition condition = sortTerm(term, attribute);
            if (condition != null && condition.value().type().equals(type)
                    && (condition.high() == null || condition.high().type().equals(type))
                    && (condition.kind() != KeyCondition.SortKeyCondition.Kind.BEGINS_WITH
                    || type.equals("S") || type.equals("B"))) {
                return condition;
            }
        }
        return null;
    }

    private KeyCondition.SortKeyCondition sortTerm(Expr term, String attribute) {
        if (term instanceof Expr.Compare compare && !compare.operator().equals("<>")) {
            if (isAttribute(compare.left(), attribute) && ValueResolver.isValue(compare.right())) {
                return sort(kind(compare.operator(), false), compare.right(), null);
            }
            if (isAttribute(compare.right(), attribute) && ValueResolver.isValue(compare.left())) {
                return sort(kind(compare.operator(), true), compare.left(), null);
            }
        }
        if (term instanceof Expr.Between between && isAttribute(between.value(), attribute)
                && ValueResolver.isValue(between.low()) && ValueResolver.isValue(between.high())) {
            return sort(KeyCondition.SortKeyCondition.Kind.BETWEEN, between.low(), between.high());
        }
        if (term instanceof Expr.Call call && call.name().equals("begins_with") && call.arguments().size() == 2
                && isAttribute(call.arguments().get(0), attribute) && ValueResolver.isValue(call.arguments().get(1))) {
            return sort(KeyCondition.SortKeyCondition.Kind.BEGINS_WITH, call.arguments().get(1), null);
        }
        return null;
    }

    private KeyCondition.SortKeyCondition sort(KeyCondition.SortKeyCondition.Kind kind, Expr value, Expr high) {
        return new KeyCondition.SortKeyCondition(kind, values.value(value), high == null ? null : values.value(high));
    }

    /** The kind of {@code key op value}; {@code value op key} reads the other way round. */
    private static KeyCondition.SortKeyCondition.Kind kind(String operator, boolean reversed) {
        return switch (operator) {
            case "=" -> KeyCondition.SortKeyCondition.Kind.EQ;
            case "<" -> reversed ? KeyCondition.SortKeyCondition.Kind.GT : KeyCondition.SortKeyCondition.Kind.LT;
            case "<=" -> reversed ? KeyCondition.SortKeyCondition.Kind.GE : KeyCondition.SortKeyCondition.Kind.LE;
            case ">" -> reversed ? KeyCondition.SortKeyCondition.Kind.LT : KeyCondition.SortKeyCondition.Kind.GT;
            default -> reversed ? KeyCondition.SortKeyCondition.Kind.LE : KeyCondition.SortKeyCondition.Kind.GE;
        };
    }

    /**
     * The one item of the table the clause names by equalities on every key attribute, with values of the keys'
     * types; otherwise AWS's key error.
     */
    ItemSelection item(TableDefinition table) {
        return item(table, PartiqlErrors::keyEquality);
    }

    /** As {@link #item(TableDefinition)}, refusing a clause that names no one item with {@code incomplete}. */
    ItemSelection item(TableDefinition table, Supplier<DynamoDbException> incomplete) {
        KeySchema keys = table.keySchema();
        List<Expr> rest = new ArrayList<>(terms);
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String attribute : keys.rangeKey() == null ? List.of(keys.hashKey())
                : List.of(keys.hashKey(), keys.rangeKey())) {
            Expr found = rest.stream().filter(term -> equalityValue(term, attribute) != null).findFirst()
                    .orElseThrow(incomplete);
            AttributeValue value = equalityValue(found, attribute);
            if (!value.type().equals(table.attributeDefinitions().get(attribute))) {
                throw PartiqlErrors.keyType(attribute);
            }
            key.put(attribute, value);
            rest.remove(found);
        }
        return new ItemSelection(key, and(rest));
    }

    private AttributeValue equalityValue(Expr term, String attribute) {
        if (!(term instanceof Expr.Compare compare) || !compare.operator().equals("=")) {
            return null;
        }
        Expr value = isAttribute(compare.left(), attribute) ? compare.right()
                : isAttribute(compare.right(), attribute) ? compare.left() : null;
        return value != null && ValueResolver.isValue(value) ? values.value(value) : null;
    }

    private static boolean isAttribute(Expr expr, String attribute) {
        return expr instanceof Expr.Path path && path.path().isTopLevel()
                && path.path().attributeName().equals(attribute);
    }

    private Condition and(List<Expr> parts) {
        Condition condition = null;
        for (Expr part : parts) {
            Condition compiled = compiler.compile(part);
            condition = condition == null ? compiled : new Condition.And(condition, compiled);
        }
        return condition;
    }
}
