package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of a statement with its parameters bound: literals, {@code ?} (the request's Parameters, in order), and
 * tuples, lists and bags of them. A bag of strings or of numbers becomes a string or number set through the wire
 * codec, so it obeys the rules of a set sent as JSON (no duplicates).
 */
final class ValueResolver {

    private final List<AttributeValue> parameters;

    ValueResolver(List<AttributeValue> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    /** Whether the expression is a value (as opposed to a path, a predicate or a function call). */
    static boolean isValue(Expr expr) {
        return expr instanceof Expr.Literal || expr instanceof Expr.Parameter || expr instanceof Expr.Tuple
                || expr instanceof Expr.ListValue || expr instanceof Expr.Bag;
    }

    AttributeValue value(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (expr instanceof Expr.Parameter parameter) {
            return parameters.get(parameter.index());
        }
        if (expr instanceof Expr.Tuple tuple) {
            Map<String, AttributeValue> members = new LinkedHashMap<>();
            tuple.members().forEach((name, member) -> members.put(name, value(member)));
            return new AttributeValue.M(members);
        }
        if (expr instanceof Expr.ListValue list) {
            List<AttributeValue> elements = new ArrayList<>();
            list.elements().forEach(element -> elements.add(value(element)));
            return new AttributeValue.L(elements);
        }
        if (expr instanceof Expr.Bag bag) {
            return set(bag);
        }
        throw PartiqlErrors.unsupported("a value is expected where the statement has an expression");
    }

    private AttributeValue set(Expr.Bag bag) {
        String type = null;
        ArrayNode members = JsonNodeFactory.instance.arrayNode();
        for (Expr element : bag.elements()) {
            AttributeValue value = value(element);
            if (!(value instanceof AttributeValue.S || value instanceof AttributeValue.N)
                    || (type != null && !type.equals(value.type()))) {
                throw PartiqlErrors.bagType();
            }
            type = value.type();
            JsonNode wire = AttributeValues.toJson(value);
            members.add(wire.get(type));
        }
        if (type == null) {
            throw PartiqlErrors.emptyBag();
        }
        return AttributeValues.fromJson(JsonNodeFactory.instance.objectNode().set(type + "S", members));
    }
}
