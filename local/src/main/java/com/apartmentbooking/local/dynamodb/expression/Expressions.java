package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry points: parse an expression of a request against the request's {@link ExpressionContext}. Errors are
 * {@link DynamoDbException#validation} with AWS's texts, prefixed with the request parameter they concern
 * (e.g. {@code Invalid ConditionExpression: ...}).
 */
public final class Expressions {

    private Expressions() {
    }

    /** A ConditionExpression (PutItem, UpdateItem, DeleteItem, ConditionCheck). */
    public static Condition condition(String expression, ExpressionContext context) {
        return new Parser(expression, "ConditionExpression", context).condition();
    }

    /** A FilterExpression (Query, Scan): the same language, errors name the other parameter. */
    public static Condition filter(String expression, ExpressionContext context) {
        return new Parser(expression, "FilterExpression", context).condition();
    }

    public static Update update(String expression, ExpressionContext context) {
        return new Parser(expression, "UpdateExpression", context).update();
    }

    public static Projection projection(String expression, ExpressionContext context) {
        return new Parser(expression, "ProjectionExpression", context).projection();
    }

    /**
     * A KeyConditionExpression: {@code pk = :v}, optionally AND a condition on the sort key with {@code = < <= > >=},
     * BETWEEN or begins_with.
     */
    public static KeyCondition keyCondition(String expression, ExpressionContext context, KeySchema keys) {
        Parser parser = new Parser(expression, "KeyConditionExpression", context);
        List<Condition> parts = new ArrayList<>();
        flattenAnd(parser.condition(), parts, parser);
        AttributeValue partition = null;
        KeyCondition.SortKeyCondition sort = null;
        for (Condition part : parts) {
            DocumentPath path = keyPath(part);
            if (path == null || !path.isTopLevel() || !keys.isKey(path.attributeName())) {
                throw DynamoDbException.validation("Query key condition not supported");
            }
            if (path.attributeName().equals(keys.hashKey())) {
                if (partition != null) {
                    throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
                }
                if (!(part instanceof Condition.Compare compare) || compare.comparator() != Condition.Comparator.EQ) {
                    throw DynamoDbException.validation("Query key condition not supported");
                }
                partition = literal(compare.right());
            } else {
                if (sort != null) {
                    throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
                }
                sort = sortCondition(part);
            }
        }
        if (partition == null) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + keys.hashKey());
        }
        return new KeyCondition(keys, partition, sort);
    }

    private static void flattenAnd(Condition condition, List<Condition> parts, Parser parser) {
        if (condition instanceof Condition.And and) {
            flattenAnd(and.left(), parts, parser);
            flattenAnd(and.right(), parts, parser);
            return;
        }
        String operator = operatorName(condition);
        if (operator != null) {
            throw parser.invalid("Invalid operator used in KeyConditionExpression: " + operator);
        }
        parts.add(condition);
    }

    /** The name AWS uses for an operator a key condition may not use, or null for an allowed one. */
    private static String operatorName(Condition condition) {
        if (condition instanceof Condition.Or) {
            return "OR";
        }
        if (condition instanceof Condition.Not) {
            return "NOT";
        }
        if (condition instanceof Condition.In) {
            return "IN";
        }
        if (condition instanceof Condition.Compare compare && compare.comparator() == Condition.Comparator.NE) {
            return "<>";
        }
        if (condition instanceof Condition.AttributeExists) {
            return "attribute_exists";
        }
        if (condition instanceof Condition.AttributeNotExists) {
            return "attribute_not_exists";
        }
        if (condition instanceof Condition.AttributeType) {
            return "attribute_type";
        }
        if (condition instanceof Condition.Contains) {
            return "contains";
        }
        return null;
    }

    /** The key attribute a condition constrains: the left operand, which must be a path compared with a value. */
    private static DocumentPath keyPath(Condition condition) {
        Operand subject;
        List<Operand> others;
        if (condition instanceof Condition.Compare compare) {
            subject = compare.left();
            others = List.of(compare.right());
        } else if (condition instanceof Condition.Between between) {
            subject = between.value();
            others = List.of(between.low(), between.high());
        } else {
            Condition.BeginsWith beginsWith = (Condition.BeginsWith) condition;
            subject = beginsWith.value();
            others = List.of(beginsWith.prefix());
        }
        boolean literals = others.stream().allMatch(Operand.Value.class::isInstance);
        return subject instanceof Operand.Path path && literals ? path.path() : null;
    }

    private static KeyCondition.SortKeyCondition sortCondition(Condition condition) {
        if (condition instanceof Condition.Between between) {
            return new KeyCondition.SortKeyCondition(KeyCondition.SortKeyCondition.Kind.BETWEEN,
                    literal(between.low()), literal(between.high()));
        }
        if (condition instanceof Condition.BeginsWith beginsWith) {
            return new KeyCondition.SortKeyCondition(KeyCondition.SortKeyCondition.Kind.BEGINS_WITH,
                    literal(beginsWith.prefix()), null);
        }
        Condition.Compare compare = (Condition.Compare) condition;
        return new KeyCondition.SortKeyCondition(KeyCondition.SortKeyCondition.Kind.valueOf(
                compare.comparator().name()), literal(compare.right()), null);
    }

    private static AttributeValue literal(Operand operand) {
        return ((Operand.Value) operand).value();
    }
}
