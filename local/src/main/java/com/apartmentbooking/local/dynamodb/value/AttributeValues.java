package com.apartmentbooking.local.dynamodb.value;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB JSON ({@code {"S": "x"}}, {@code {"N": "1"}}, {@code {"B": "<base64>"}}, ...) to and from
 * {@link AttributeValue}, with the checks DynamoDB makes on every attribute value of a request and its texts.
 *
 * <p>Each type member present is checked first and only then the number of members, because that is the order in
 * which AWS reports them: {@code {"S": "a", "N": "b"}} fails on the number, not on the two types.
 */
public final class AttributeValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String INVALID = "One or more parameter values were invalid: ";
    /** DynamoDB's document depth limit: a top-level attribute is level 1, and nothing may sit below level 32. */
    static final int MAX_NESTING_LEVEL = 32;
    private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M");

    private AttributeValues() {
    }

    public static AttributeValue fromJson(JsonNode wire) {
        return fromJson(wire, 1);
    }

    private static AttributeValue fromJson(JsonNode wire, int level) {
        if (level > MAX_NESTING_LEVEL) {
            throw nestingExceeded();
        }
        if (wire == null || !wire.isObject()) {
            throw serialization("Unexpected value type in payload");
        }
        AttributeValue result = null;
        int types = 0;
        Iterator<Map.Entry<String, JsonNode>> members = wire.properties().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull() || !TYPES.contains(member.getKey())) {
                // The SDKs send absent members as null in some paths, and AWS's framework drops members its model
                // lacks: neither is a type set, so {"a": ""} is an empty attribute value.
                continue;
            }
            result = member(member.getKey(), member.getValue(), level);
            types++;
        }
        if (types == 0) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (types > 1) {
            throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        return result;
    }

    public static JsonNode toJson(AttributeValue value) {
        ObjectNode node = JSON.objectNode();
        if (value instanceof AttributeValue.S s) {
            node.put("S", s.value());
        } else if (value instanceof AttributeValue.N n) {
            node.put("N", n.value());
        } else if (value instanceof AttributeValue.B b) {
            node.put("B", Base64.getEncoder().encodeToString(b.value()));
        } else if (value instanceof AttributeValue.Bool bool) {
            node.put("BOOL", bool.value());
        } else if (value instanceof AttributeValue.Null) {
            node.put("NULL", true);
        } else if (value instanceof AttributeValue.SS ss) {
            ss.values().forEach(node.putArray("SS")::add);
        } else if (value instanceof AttributeValue.NS ns) {
            ns.values().forEach(node.putArray("NS")::add);
        } else if (value instanceof AttributeValue.BS bs) {
            ArrayNode array = node.putArray("BS");
            bs.values().forEach(buffer -> array.add(Base64.getEncoder().encodeToString(bytes(buffer))));
        } else if (value instanceof AttributeValue.L l) {
            ArrayNode array = node.putArray("L");
            l.values().forEach(element -> array.add(toJson(element)));
        } else {
            node.set("M", itemToJson(((AttributeValue.M) value).values()));
        }
        return node;
    }

    /** An item or key: a JSON object of attribute name to attribute value. */
    public static Map<String, AttributeValue> itemFromJson(JsonNode wire) {
        return itemFromJson(wire, 1);
    }

    private static Map<String, AttributeValue> itemFromJson(JsonNode wire, int level) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        if (wire == null || wire.isNull()) {
            return item;
        }
        if (!wire.isObject()) {
            throw serialization("Unexpected value type in payload");
        }
        wire.properties().forEach(entry -> item.put(entry.getKey(), fromJson(entry.getValue(), level)));
        return item;
    }

    public static ObjectNode itemToJson(Map<String, AttributeValue> item) {
        ObjectNode node = JSON.objectNode();
        item.forEach((name, value) -> node.set(name, toJson(value)));
        return node;
    }

    /**
     * Checks an item built by an update (which can nest values deeper than any single request value) against the
     * 32-level limit.
     */
    public static void checkNesting(Map<String, AttributeValue> item) {
        item.values().forEach(value -> checkNesting(value, 1));
    }

    private static void checkNesting(AttributeValue value, int level) {
        if (level > MAX_NESTING_LEVEL) {
            throw nestingExceeded();
        }
        if (value instanceof AttributeValue.L l) {
            l.values().forEach(element -> checkNesting(element, level + 1));
        } else if (value instanceof AttributeValue.M m) {
            m.values().values().forEach(member -> checkNesting(member, level + 1));
        }
    }

    private static DynamoDbException nestingExceeded() {
        return DynamoDbException.validation("Nesting Levels have exceeded supported limits: "
                + "Attributes in the item have nested levels beyond supported limit");
    }

    private static AttributeValue member(String type, JsonNode value, int level) {
        return switch (type) {
            case "S" -> new AttributeValue.S(text(value));
            case "N" -> new AttributeValue.N(text(value));
            case "B" -> new AttributeValue.B(base64(value));
            case "BOOL" -> {
                if (!value.isBoolean()) {
                    throw serialization("Unexpected value type in payload");
                }
                yield new AttributeValue.Bool(value.booleanValue());
            }
            case "NULL" -> {
                if (!value.isBoolean() || !value.booleanValue()) {
                    throw DynamoDbException.validation(INVALID + "Null attribute value types must have the value of true");
                }
                yield new AttributeValue.Null();
            }
            case "SS" -> stringSet(array(value));
            case "NS" -> numberSet(array(value));
            case "BS" -> binarySet(array(value));
            case "L" -> {
                List<AttributeValue> elements = new ArrayList<>();
                array(value).forEach(element -> elements.add(fromJson(element, level + 1)));
                yield new AttributeValue.L(elements);
            }
            case "M" -> new AttributeValue.M(itemFromJson(value, level + 1));
            default -> throw new IllegalArgumentException("Not an attribute value type: " + type);
        };
    }

    private static AttributeValue stringSet(List<JsonNode> members) {
        if (members.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "An string set  may not be empty");
        }
        List<String> texts = members.stream().map(AttributeValues::text).toList();
        Set<String> unique = new LinkedHashSet<>(texts);
        if (unique.size() != texts.size()) {
            throw DynamoDbException.validation(INVALID + "Input collection " + listed(texts) + " contains duplicates.");
        }
        return new AttributeValue.SS(unique);
    }

    private static AttributeValue numberSet(List<JsonNode> members) {
        if (members.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "An number set  may not be empty");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (JsonNode member : members) {
            unique.add(Numbers.canonical(text(member)));
        }
        // Duplicates are by numeric value: "1" and "1.0" are the same number.
        if (unique.size() != members.size()) {
            throw DynamoDbException.validation("Input collection contains duplicates");
        }
        return new AttributeValue.NS(unique);
    }

    private static AttributeValue binarySet(List<JsonNode> members) {
        if (members.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "Binary sets should not be empty");
        }
        Set<ByteBuffer> unique = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode member : members) {
            texts.add(text(member));
            unique.add(ByteBuffer.wrap(base64(member)));
        }
        if (unique.size() != members.size()) {
            // AWS's text really has no space before "of type BS".
            throw DynamoDbException.validation(INVALID + "Input collection " + listed(texts)
                    + "of type BS contains duplicates.");
        }
        return new AttributeValue.BS(unique);
    }

    private static String listed(List<String> texts) {
        return "[" + String.join(", ", texts) + "]";
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            throw serialization("Unexpected value type in payload");
        }
        return value.textValue();
    }

    private static byte[] base64(JsonNode value) {
        String text = text(value);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw serialization("Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
    }

    private static List<JsonNode> array(JsonNode value) {
        if (!value.isArray()) {
            throw serialization("Unexpected value type in payload");
        }
        List<JsonNode> members = new ArrayList<>();
        value.forEach(members::add);
        return members;
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer source = buffer.duplicate();
        byte[] bytes = new byte[source.remaining()];
        source.get(bytes);
        return bytes;
    }

    private static DynamoDbException serialization(String message) {
        return DynamoDbException.serialization(message);
    }
}
