package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-expression request parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter,
 * ConditionalOperator, AttributesToGet) mapped onto the same {@link Condition}, {@link Update}, {@link KeyConditions}
 * and {@link Projection} the expressions produce, so the service evaluates one model.
 */
public final class LegacyParameters {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private LegacyParameters() {
    }

    /**
     * AWS's first check of an operation's expression parameters, before any of them is parsed: the two styles may
     * not be mixed (each listed in the operation's order), and placeholders need an expression that can use them.
     * A KeyConditions without KeyConditionExpression does not count as mixing.
     *
     * @param expressions the operation's expression parameters, in AWS's order
     * @param legacy      the operation's pre-expression parameters, in AWS's order
     */
    public static void checkParameterStyles(JsonNode request, List<String> expressions, List<String> legacy) {
        List<String> usedExpressions = present(request, expressions);
        if (!usedExpressions.isEmpty()) {
            List<String> usedLegacy = present(request, legacy).stream()
                    .filter(name -> !name.equals("KeyConditions") || request.hasNonNull("KeyConditionExpression"))
                    .toList();
            if (!usedLegacy.isEmpty()) {
                throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the "
                        + "same request: Non-expression parameters: {" + String.join(", ", usedLegacy)
                        + "} Expression parameters: {" + String.join(", ", usedExpressions) + "}");
            }
        }
        if (request.hasNonNull("ExpressionAttributeNames") && usedExpressions.isEmpty()) {
            throw DynamoDbException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (!request.hasNonNull("ExpressionAttributeValues")) {
            return;
        }
        List<String> valueExpressions = expressions.stream().filter(name -> !name.equals("ProjectionExpression")).toList();
        if (!valueExpressions.isEmpty() && present(request, valueExpressions).isEmpty()) {
            throw DynamoDbException.validation("ExpressionAttributeValues can only be specified when using expressions: "
                    + String.join(" and ", valueExpressions) + (valueExpressions.size() > 1 ? " are" : " is") + " null");
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

    /** KeyConditions of a Query: checked like a filter's conditions, then their number. */
    public static KeyConditions keyConditions(JsonNode keyConditions) {
        Map<String, KeyConditions.Part> parts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : keyConditions.properties()) {
            String operator = entry.getValue().path("ComparisonOperator").asText();
            List<AttributeValue> arguments = values(entry.getValue().get("AttributeValueList"));
            checkArguments(operator, arguments);
            parts.put(entry.getKey(), new KeyConditions.Part(operator, arguments));
        }
        KeyConditions.checkCount(parts.size());
        return new KeyConditions(parts);
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
            if (value != null && action.equals("DELETE") && !Set.of("SS", "NS", "BS").contains(value.type())) {
                throw DynamoDbException.validation(
                        INVALID + "DELETE action with value is not supported for the type " + value.type());
            }
            if (value != null && action.equals("ADD") && !Set.of("L", "SS", "NS", "BS", "N").contains(value.type())) {
                throw DynamoDbException.validation(INVALID + "ADD action is not supported for the type " + value.type());
            }
            switch (action) {
                case "ADD" -> actions.add(new Update.AddAction(path, value));
                case "DELETE" -> actions.add(value == null
                        ? new Update.RemoveAction(path)
                        : new Update.DeleteAction(path, value));
                default -> actions.add(new Update.SetAction(path, new SetValue.Value(value)));
            }
        });
        return new Update(actions, true);
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
        if (hasValue && hasList) {
            throw DynamoDbException.validation(
                    INVALID + "Value and AttributeValueList cannot be used together for Attribute: " + name);
        }
        if (hasOperator) {
            if (hasExists) {
                throw DynamoDbException.validation(
                        INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: " + name);
            }
            String operator = spec.get("ComparisonOperator").asText();
            if (!hasValue && !hasList && !operator.equals("NULL") && !operator.equals("NOT_NULL")) {
                throw DynamoDbException.validation(INVALID + "Value or AttributeValueList must be used with "
                        + "ComparisonOperator: " + operator + " for Attribute: " + name);
            }
            List<AttributeValue> arguments = hasValue ? List.of(AttributeValues.fromJson(spec.get("Value")))
                    : values(spec.get("AttributeValueList"));
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
        if (arguments.stream().map(AttributeValue::type).distinct().count() > 1) {
            throw DynamoDbException.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
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
        if (operator.equals("BETWEEN")) {
            Integer order = Comparisons.compare(arguments.get(0), arguments.get(1));
            if (order != null && order > 0) {
                throw DynamoDbException.validation("The BETWEEN condition was provided a range where the lower bound is "
                        + "greater than the upper bound");
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

    /** The members the request has, in the order given; a loop, as every item operation asks this. */
    private static List<String> present(JsonNode request, List<String> members) {
        List<String> present = new ArrayList<>();
        for (String member : members) {
            if (request.hasNonNull(member)) {
                present.add(member);
            }
        }
        return present;
    }
}
