package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-expression request parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter,
 * ConditionalOperator, AttributesToGet) mapped onto the same {@link Condition}, {@link Update}, {@link KeyCondition}
 * and {@link Projection} the expressions produce, so the service evaluates one model.
 */
public final class LegacyParameters {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final List<String> LEGACY = List.of(
            "AttributesToGet", "AttributeUpdates", "Expected", "ConditionalOperator", "KeyConditions", "QueryFilter",
            "ScanFilter");
    private static final List<String> EXPRESSIONS = List.of(
            "ProjectionExpression", "UpdateExpression", "ConditionExpression", "KeyConditionExpression",
            "FilterExpression");

    private LegacyParameters() {
    }

    /** AWS refuses a request that mixes the two styles, naming the members of each it found. */
    public static void assertNotMixed(JsonNode request) {
        List<String> legacy = present(request, LEGACY);
        List<String> expressions = present(request, EXPRESSIONS);
        if (!legacy.isEmpty() && !expressions.isEmpty()) {
            throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {" + String.join(", ", legacy) + "} Expression parameters: {"
                    + String.join(", ", expressions) + "}");
        }
    }

    /** Expected of PutItem / UpdateItem / DeleteItem: per attribute Value/Exists, or ComparisonOperator. */
    public static Condition expected(JsonNode expected, String conditionalOperator) {
        List<Condition> conditions = new ArrayList<>();
        expected.properties().forEach(entry -> conditions.add(expectedCondition(entry.getKey(), entry.getValue())));
        return combine(conditions, conditionalOperator);
    }

    /** QueryFilter or ScanFilter: per attribute ComparisonOperator and AttributeValueList. */
    public static Condition filter(JsonNode filter, String conditionalOperator) {
        List<Condition> conditions = new ArrayList<>();
        filter.properties().forEach(entry -> {
            JsonNode spec = entry.getValue();
            List<AttributeValue> arguments = values(spec.get("AttributeValueList"));
            String operator = spec.path("ComparisonOperator").asText();
            checkArguments(operator, arguments);
            conditions.add(comparison(entry.getKey(), operator, arguments));
        });
        return combine(conditions, conditionalOperator);
    }

    public static KeyCondition keyConditions(JsonNode keyConditions, KeySchema keys) {
        if (keyConditions.size() != 1 && keyConditions.size() != 2) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
        AttributeValue partition = null;
        KeyCondition.SortKeyCondition sort = null;
        for (Map.Entry<String, JsonNode> entry : keyConditions.properties()) {
            String operator = entry.getValue().path("ComparisonOperator").asText();
            List<AttributeValue> arguments = values(entry.getValue().get("AttributeValueList"));
            if (!countFits(operator, arguments.size())) {
                throw DynamoDbException.validation(
                        "The attempted filter operation is not supported for the provided filter argument count");
            }
            if (entry.getKey().equals(keys.hashKey()) && operator.equals("EQ")) {
                partition = arguments.get(0);
            } else if (entry.getKey().equals(keys.rangeKey()) && sortKind(operator) != null) {
                sort = new KeyCondition.SortKeyCondition(sortKind(operator), arguments.get(0),
                        arguments.size() > 1 ? arguments.get(1) : null);
            } else {
                throw DynamoDbException.validation("Query key condition not supported");
            }
        }
        if (partition == null) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + keys.hashKey());
        }
        return new KeyCondition(keys, partition, sort);
    }

    /** AttributeUpdates: PUT (the default) sets, ADD adds, DELETE removes the attribute or deletes set members. */
    public static Update attributeUpdates(JsonNode attributeUpdates) {
        List<Update.Action> actions = new ArrayList<>();
        attributeUpdates.properties().forEach(entry -> {
            DocumentPath path = DocumentPath.of(entry.getKey());
            JsonNode spec = entry.getValue();
            String action = spec.path("Action").asText("PUT");
            JsonNode valueNode = spec.get("Value");
            AttributeValue value = valueNode == null || valueNode.isNull() ? null : AttributeValues.fromJson(valueNode);
            if (value == null && !action.equals("DELETE")) {
                throw DynamoDbException.validation(
                        INVALID + "Only DELETE action is allowed when no attribute value is specified");
            }
            switch (action) {
                case "ADD" -> actions.add(new Update.AddAction(path, value));
                case "DELETE" -> actions.add(value == null
                        ? new Update.RemoveAction(path)
                        : new Update.DeleteAction(path, value));
                default -> actions.add(new Update.SetAction(path, new SetValue.Value(value)));
            }
        });
        return new Update(actions);
    }

    public static Projection attributesToGet(JsonNode attributesToGet) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode name : attributesToGet) {
            if (!names.add(name.asText())) {
                throw DynamoDbException.validation(INVALID + "Duplicate value in attribute name: " + name.asText());
            }
        }
        return new Projection(names.stream().map(DocumentPath::of).toList());
    }

    private static Condition expectedCondition(String name, JsonNode spec) {
        boolean hasOperator = spec.hasNonNull("ComparisonOperator");
        boolean hasExists = spec.hasNonNull("Exists");
        boolean hasValue = spec.hasNonNull("Value");
        boolean hasList = spec.hasNonNull("AttributeValueList");
        if (hasOperator) {
            if (hasExists) {
                throw DynamoDbException.validation(
                        INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: " + name);
            }
            if (hasValue && hasList) {
                throw DynamoDbException.validation(
                        INVALID + "Value and AttributeValueList cannot be used together for Attribute: " + name);
            }
            List<AttributeValue> arguments = hasValue ? List.of(AttributeValues.fromJson(spec.get("Value")))
                    : values(spec.get("AttributeValueList"));
            String operator = spec.get("ComparisonOperator").asText();
            checkArguments(operator, arguments);
            return comparison(name, operator, arguments);
        }
        if (hasList) {
            throw DynamoDbException.validation(
                    INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + name);
        }
        boolean exists = !hasExists || spec.get("Exists").asBoolean();
        if (exists && !hasValue) {
            throw DynamoDbException.validation(INVALID + "Value must be provided when Exists is "
                    + (hasExists ? "true" : "null") + " for Attribute: " + name);
        }
        if (!exists && hasValue) {
            throw DynamoDbException.validation(INVALID + "Value cannot be used when Exists is false for Attribute: " + name);
        }
        DocumentPath path = DocumentPath.of(name);
        return exists
                ? new Condition.Compare(new Operand.Path(path), Condition.Comparator.EQ,
                        new Operand.Value(AttributeValues.fromJson(spec.get("Value"))))
                : new Condition.AttributeNotExists(path);
    }

    private static Condition comparison(String name, String operator, List<AttributeValue> arguments) {
        DocumentPath path = DocumentPath.of(name);
        Operand attribute = new Operand.Path(path);
        List<Operand> values = arguments.stream().<Operand>map(Operand.Value::new).toList();
        return switch (operator) {
            case "EQ", "NE", "LT", "LE", "GT", "GE" ->
                    new Condition.Compare(attribute, Condition.Comparator.valueOf(operator), values.get(0));
            case "NOT_NULL" -> new Condition.AttributeExists(path);
            case "NULL" -> new Condition.AttributeNotExists(path);
            case "CONTAINS" -> new Condition.Contains(attribute, values.get(0));
            case "NOT_CONTAINS" -> new Condition.Not(new Condition.Contains(attribute, values.get(0)));
            case "BEGINS_WITH" -> new Condition.BeginsWith(attribute, values.get(0));
            case "IN" -> new Condition.In(attribute, values);
            case "BETWEEN" -> new Condition.Between(attribute, values.get(0), values.get(1));
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + operator
                    + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        };
    }

    /**
     * The number and types of AttributeValueList members each ComparisonOperator takes: ordering and IN, CONTAINS
     * work on scalars (S, N, B), BEGINS_WITH on S and B, EQ and NE on anything.
     */
    private static void checkArguments(String operator, List<AttributeValue> arguments) {
        if (!countFits(operator, arguments.size())) {
            throw DynamoDbException.validation(
                    INVALID + "Invalid number of argument(s) for the " + operator + " ComparisonOperator");
        }
        Set<String> allowed = switch (operator) {
            case "EQ", "NE" -> null;
            case "BEGINS_WITH" -> Set.of("S", "B");
            default -> Set.of("S", "N", "B");
        };
        for (AttributeValue argument : arguments) {
            if (allowed != null && !allowed.contains(argument.type())) {
                throw DynamoDbException.validation(INVALID + "ComparisonOperator " + operator + " is not valid for "
                        + argument.type() + " AttributeValue type");
            }
        }
    }

    private static boolean countFits(String operator, int count) {
        return switch (operator) {
            case "NULL", "NOT_NULL" -> count == 0;
            case "IN" -> count >= 1;
            case "BETWEEN" -> count == 2;
            default -> count == 1;
        };
    }

    private static KeyCondition.SortKeyCondition.Kind sortKind(String operator) {
        return switch (operator) {
            case "EQ", "LT", "LE", "GT", "GE", "BETWEEN" -> KeyCondition.SortKeyCondition.Kind.valueOf(operator);
            case "BEGINS_WITH" -> KeyCondition.SortKeyCondition.Kind.BEGINS_WITH;
            default -> null;
        };
    }

    private static Condition combine(List<Condition> conditions, String conditionalOperator) {
        boolean or = "OR".equals(conditionalOperator);
        Condition combined = null;
        for (Condition condition : conditions) {
            combined = combined == null ? condition : or ? new Condition.Or(combined, condition)
                    : new Condition.And(combined, condition);
        }
        return combined == null ? new Condition.Always() : combined;
    }

    private static List<AttributeValue> values(JsonNode list) {
        List<AttributeValue> values = new ArrayList<>();
        if (list != null && !list.isNull()) {
            list.forEach(value -> values.add(AttributeValues.fromJson(value)));
        }
        return values;
    }

    private static List<String> present(JsonNode request, List<String> members) {
        return members.stream().filter(request::hasNonNull).toList();
    }
}
