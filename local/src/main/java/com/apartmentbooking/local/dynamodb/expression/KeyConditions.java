package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query's key conditions as the request states them, one per attribute in request order, before the key schema
 * is known: a KeyConditionExpression is reduced to this form, the legacy KeyConditions already has it. AWS checks
 * this form without the table (how many conditions, which operators) and matches it against the key schema of the
 * table or index once it has looked that up ({@link #checkKey}, {@link #on}).
 *
 * @param parts per attribute: a ComparisonOperator (EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH; the legacy form may
 *              also hold operators a key cannot use) and its values
 */
public record KeyConditions(Map<String, Part> parts) {

    /** The condition on one attribute. */
    public record Part(String operator, List<AttributeValue> values) {

        public Part {
            values = List.copyOf(values);
        }
    }

    private static final Set<String> NOT_INDEXABLE = Set.of("NULL", "NOT_NULL", "NE", "CONTAINS", "NOT_CONTAINS", "IN");

    public KeyConditions {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * Reduces a parsed KeyConditionExpression: ANDed comparisons, BETWEEN or begins_with, each on one top-level
     * attribute, with AWS's texts for anything else.
     */
    public static KeyConditions fromExpression(Condition expression) {
        Map<String, Part> parts = new LinkedHashMap<>();
        collect(expression, parts);
        checkCount(parts.size());
        return new KeyConditions(parts);
    }

    /** AWS allows a condition on the partition key and at most one on the sort key. */
    static void checkCount(int count) {
        if (count != 1 && count != 2) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
    }

    private static void collect(Condition condition, Map<String, Part> parts) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), parts);
            collect(and.right(), parts);
            return;
        }
        String invalidOperator = invalidOperator(condition);
        if (invalidOperator != null) {
            throw DynamoDbException.validation("Invalid operator used in KeyConditionExpression: " + invalidOperator);
        }
        List<Operand> operands;
        String operator;
        if (condition instanceof Condition.Between between) {
            requireKeyFirst(between.value(), "BETWEEN");
            operands = List.of(between.value(), between.low(), between.high());
            operator = "BETWEEN";
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            requireKeyFirst(beginsWith.value(), "begins_with");
            operands = List.of(beginsWith.value(), beginsWith.prefix());
            operator = "BEGINS_WITH";
        } else {
            Condition.Compare compare = (Condition.Compare) condition;
            operands = List.of(compare.left(), compare.right());
            operator = compare.comparator().name();
        }
        String attribute = null;
        int attributeAt = 0;
        List<AttributeValue> values = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            Operand operand = operands.get(i);
            if (operand instanceof Operand.Size) {
                throw DynamoDbException.validation("KeyConditionExpressions cannot contain nested operations");
            }
            if (operand instanceof Operand.Path path) {
                if (attribute != null) {
                    throw DynamoDbException.validation(
                            "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
                }
                if (!path.path().isTopLevel()) {
                    throw DynamoDbException.validation(
                            "KeyConditionExpressions cannot have conditions on nested attributes");
                }
                attribute = path.path().attributeName();
                attributeAt = i;
            } else {
                values.add(((Operand.Value) operand).value());
            }
        }
        if (attribute == null) {
            throw DynamoDbException.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        if (parts.containsKey(attribute)) {
            throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        // ":v < key" states "key > :v".
        parts.put(attribute, new Part(attributeAt == 0 ? operator : mirrored(operator), values));
    }

    private static void requireKeyFirst(Operand first, String operator) {
        if (!(first instanceof Operand.Path)) {
            throw DynamoDbException.validation("Invalid condition in KeyConditionExpression: " + operator
                    + " operator must have the key attribute as its first operand");
        }
    }

    /** The name AWS uses for an operator a key condition may not use, or null for an allowed one. */
    private static String invalidOperator(Condition condition) {
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

    private static String mirrored(String operator) {
        return switch (operator) {
            case "LT" -> "GT";
            case "LE" -> "GE";
            case "GT" -> "LT";
            case "GE" -> "LE";
            default -> operator;
        };
    }

    /**
     * AWS's checks of the conditions against one key attribute of the table or index read, made key by key
     * (partition key first) between its checks of the ExclusiveStartKey's pieces.
     *
     * @param hash      whether the attribute is the partition key
     * @param hashOnly  whether the key schema has no sort key
     * @param type      the attribute's declared type
     */
    public void checkKey(String name, boolean hash, boolean hashOnly, String type) {
        if (hash && hashOnly && parts.size() > 1) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        Part part = parts.get(name);
        if (part == null) {
            if (hash || parts.size() > 1) {
                throw DynamoDbException.validation("Query condition missed key schema element: " + name);
            }
            return;
        }
        if (NOT_INDEXABLE.contains(part.operator())) {
            throw DynamoDbException.validation("Attempted conditional constraint is not an indexable operation");
        }
        if (part.values().stream().anyMatch(value -> !value.type().equals(type))) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Condition parameter type "
                    + "does not match schema type");
        }
        if (hash && !part.operator().equals("EQ")) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
    }

    /** Conditions already resolved to the partition value and an optional sort-key condition (PartiQL's WHERE). */
    public static KeyConditions of(String hashKey, AttributeValue partition, String rangeKey,
                                   KeyCondition.SortKeyCondition sort) {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put(hashKey, new Part("EQ", List.of(partition)));
        if (sort != null) {
            parts.put(rangeKey, new Part(sort.kind().name(),
                    sort.high() == null ? List.of(sort.value()) : List.of(sort.value(), sort.high())));
        }
        return new KeyConditions(parts);
    }

    /** The key condition on a key schema whose every key passed {@link #checkKey}. */
    public KeyCondition on(KeySchema keys) {
        Part partition = parts.get(keys.hashKey());
        Part sort = keys.rangeKey() == null ? null : parts.get(keys.rangeKey());
        return new KeyCondition(keys, partition.values().get(0), sort == null ? null
                : new KeyCondition.SortKeyCondition(KeyCondition.SortKeyCondition.Kind.valueOf(sort.operator()),
                        sort.values().get(0), sort.values().size() > 1 ? sort.values().get(1) : null));
    }
}
