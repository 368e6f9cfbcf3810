package com.apartmentbooking.local.dynamodb.shape;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The second check of every request, on one whose types are right: the constraints of its shape. AWS collects the
 * broken ones into one {@code ValidationException}, {@code N validation error(s) detected: ...; ...}, each as
 * {@code Value '<value>' at '<path>' failed to satisfy constraint: <text>}, where the path names members in lower
 * camel case, list elements by position from 1 ({@code keySchema.1.member.attributeName}) and map values by key
 * ({@code requestItems.<table>.member.keys}).
 *
 * <p>Order: members in the model's order, each member's constraints in theirs before what is inside it, a map's
 * values in the order of the Java map the framework reads it into. The table operations' TableName is checked
 * before all of these, in DynamoDB's own words ({@link TableNameParameter}). At most {@value #MAX_LISTED} are listed, the first ones found.
 */
public final class ConstraintChecker {

    static final int MAX_LISTED = 10;

    private ConstraintChecker() {
    }

    /** Checks a request, a JSON object whose member types are right, against its operation's structure. */
    public static void check(JsonNode request, Shape operation) {
        if (operation.tableNameFirst()) {
            TableNameParameter.check(request);
        }
        List<String> errors = new ArrayList<>(0);
        structureMembers(request, operation, "", errors);
        if (!errors.isEmpty()) {
            throw DynamoDbException.validation(errors.size() + " validation error" + (errors.size() == 1 ? "" : "s")
                    + " detected: " + String.join("; ", errors));
        }
    }

    private static void structureMembers(JsonNode structure, Shape shape, String prefix, List<String> errors) {
        for (Shape.Member member : shape.members()) {
            if (member.shape().constrained()) {
                check(present(structure.get(member.name())), member.shape(), prefix + member.pathName(), errors);
            }
        }
    }

    private static void check(JsonNode value, Shape shape, String path, List<String> errors) {
        for (Constraint constraint : shape.constraints()) {
            if (errors.size() >= MAX_LISTED) {
                return;
            }
            if (constraint == Constraint.notNull()) {
                if (value == null) {
                    errors.add("Value null at '" + path + "' failed to satisfy constraint: " + constraint.text());
                }
            } else if (value != null) {
                for (int i = constraint.violations(value); i > 0 && errors.size() < MAX_LISTED; i--) {
                    errors.add("Value '" + shown(value, shape) + "' at '" + path + "' failed to satisfy constraint: "
                            + constraint.text());
                }
            }
        }
        if (value == null || errors.size() >= MAX_LISTED) {
            return;
        }
        switch (shape.type()) {
            case LIST -> {
                if (shape.element().constrained()) {
                    int position = 1;
                    for (JsonNode element : value) {
                        check(present(element), shape.element(), path + "." + position++ + ".member", errors);
                    }
                }
            }
            case MAP -> {
                if (shape.element().constrained()) {
                    for (Map.Entry<String, JsonNode> entry : asFrameworkReadsIt(value).entrySet()) {
                        check(present(entry.getValue()), shape.element(), path + "." + entry.getKey() + ".member",
                                errors);
                    }
                }
            }
            case STRUCTURE -> structureMembers(value, shape, path + ".", errors);
            default -> {
            }
        }
    }

    /**
     * A map as AWS's framework holds it, a {@link HashMap} filled in the request's order, so that its values are
     * visited in that map's order (for keys "a" and "b": a first, whichever came first in the request).
     */
    private static Map<String, JsonNode> asFrameworkReadsIt(JsonNode map) {
        Map<String, JsonNode> read = new HashMap<>();
        map.properties().forEach(entry -> read.put(entry.getKey(), entry.getValue()));
        return read;
    }

    private static JsonNode present(JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }

    /**
     * A value as AWS prints it in these texts: text as is, whole numbers for Integer and Long members, lists as
     * {@code [a, b]}, maps and structures as {@code {key=value, ...}} (AWS is silent on the exact form of those).
     */
    static String shown(JsonNode value, Shape shape) {
        StringBuilder text = new StringBuilder();
        show(value, shape, text);
        return text.toString();
    }

    private static void show(JsonNode value, Shape shape, StringBuilder text) {
        if (value == null || value.isNull()) {
            text.append("null");
        } else if (value.isTextual()) {
            text.append(value.textValue());
        } else if (value.isNumber() && shape != null
                && (shape.type() == Shape.Type.INTEGER || shape.type() == Shape.Type.LONG)) {
            text.append(value.decimalValue().setScale(0, RoundingMode.FLOOR).toPlainString());
        } else if (value.isArray()) {
            text.append('[');
            for (Iterator<JsonNode> elements = value.elements(); elements.hasNext(); ) {
                show(elements.next(), shape == null ? null : shape.element(), text);
                if (elements.hasNext()) {
                    text.append(", ");
                }
            }
            text.append(']');
        } else if (value.isObject()) {
            text.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> entries = value.properties().iterator(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                text.append(entry.getKey()).append('=');
                show(entry.getValue(), inner(shape, entry.getKey()), text);
                if (entries.hasNext()) {
                    text.append(", ");
                }
            }
            text.append('}');
        } else {
            text.append(value.asText());
        }
    }

    private static Shape inner(Shape shape, String key) {
        if (shape == null) {
            return null;
        }
        if (shape.type() == Shape.Type.MAP) {
            return shape.element();
        }
        Shape.Member member = shape.member(key);
        return member == null ? null : member.shape();
    }
}
