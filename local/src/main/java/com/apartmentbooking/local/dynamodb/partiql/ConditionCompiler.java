package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.expression.Operand;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause as the condition the item operations evaluate ({@link Condition}), so a statement filters and
 * checks items exactly as a FilterExpression or ConditionExpression with the same meaning would.
 */
final class ConditionCompiler {

    private final ValueResolver values;

    ConditionCompiler(ValueResolver values) {
        this.values = values;
    }

    Condition compile(Expr expr) {
        if (expr instanceof Expr.And and) {
            return new Condition.And(compile(and.left()), compile(and.right()));
        }
        if (expr instanceof Expr.Or or) {
            return new Condition.Or(compile(or.left()), compile(or.right()));
        }
        if (expr instanceof Expr.Not not) {
            return new Condition.Not(compile(not.operand()));
        }
        if (expr instanceof Expr.Compare compare) {
            return new Condition.Compare(operand(compare.left()), comparator(compare.operator()),
                    operand(compare.right()));
        }
        if (expr instanceof Expr.Between between) {
            return new Condition.Between(operand(between.value()), operand(between.low()), operand(between.high()));
        }
        if (expr instanceof Expr.In in) {
            return new Condition.In(operand(in.value()), in.candidates().stream().map(this::operand).toList());
        }
        if (expr instanceof Expr.Is is) {
            return is(is);
        }
        if (expr instanceof Expr.Call call) {
            return function(call);
        }
        throw PartiqlErrors.notBoolean();
    }

    /** DynamoDB's attribute type of each type IS can test, but MISSING and NULL. */
    private static final Map<String, String> IS_TYPES = Map.of("BOOLEAN", "BOOL", "BLOB", "B", "STRING", "S",
            "NUMERIC", "N", "STRUCT", "M", "TUPLE", "M", "LIST", "L");

    /**
     * IS MISSING: no such attribute. IS NULL: no such attribute or a NULL value, as PartiQL's MISSING is NULL. The
     * other types: the attribute has that type.
     */
    private Condition is(Expr.Is is) {
        DocumentPath path = path(is.value());
        Condition condition = switch (is.type()) {
            case "MISSING" -> new Condition.AttributeNotExists(path);
            case "NULL" -> new Condition.Or(new Condition.AttributeNotExists(path), hasType(path, "NULL"));
            default -> {
                String type = IS_TYPES.get(is.type());
                if (type == null) {
                    throw PartiqlErrors.isType(is.type());
                }
                yield hasType(path, type);
            }
        };
        return is.negated() ? new Condition.Not(condition) : condition;
    }

    private static Condition hasType(DocumentPath path, String type) {
        return new Condition.AttributeType(path, new Operand.Value(new AttributeValue.S(type)));
    }

    private Condition function(Expr.Call call) {
        List<Expr> arguments = call.arguments();
        switch (call.name()) {
            case "begins_with" -> {
                arity(call, 2);
                return new Condition.BeginsWith(operand(arguments.get(0)), operand(arguments.get(1)));
            }
            case "contains" -> {
                arity(call, 2);
                return new Condition.Contains(operand(arguments.get(0)), operand(arguments.get(1)));
            }
            case "attribute_type" -> {
                arity(call, 2);
                return new Condition.AttributeType(path(arguments.get(0)), operand(arguments.get(1)));
            }
            default -> throw PartiqlErrors.unrecognizedFunction(call.name());
        }
    }

    private Operand operand(Expr expr) {
        if (expr instanceof Expr.Path path) {
            return new Operand.Path(path.path());
        }
        if (expr instanceof Expr.Call call && call.name().equals("size")) {
            arity(call, 1);
            return new Operand.Size(operand(call.arguments().get(0)));
        }
        if (ValueResolver.isValue(expr)) {
            return new Operand.Value(values.value(expr));
        }
        throw PartiqlErrors.unsupported("an operand must be a path, a value or size(path)");
    }

    private static DocumentPath path(Expr expr) {
        if (expr instanceof Expr.Path path) {
            return path.path();
        }
        throw PartiqlErrors.unsupported("a document path is expected");
    }

    private static void arity(Expr.Call call, int count) {
        if (call.arguments().size() != count) {
            throw PartiqlErrors.unsupported("function " + call.name() + " takes " + count + " argument"
                    + (count == 1 ? "" : "s"));
        }
    }

    private static Condition.Comparator comparator(String operator) {
        return switch (operator) {
            case "=" -> Condition.Comparator.EQ;
            case "<>" -> Condition.Comparator.NE;
            case "<" -> Condition.Comparator.LT;
            case "<=" -> Condition.Comparator.LE;
            case ">" -> Condition.Comparator.GT;
            default -> Condition.Comparator.GE;
        };
    }
}
