package com.apartmentbooking.local.dynamodb.shape;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first check of every request: can AWS's framework read each member as its shape's type? A value it cannot
 * read is a {@code SerializationException} with the framework's own text, before any validation, and the first
 * such value in the request's order is the one reported. Members the model does not have are ignored, and a JSON
 * null is an absent member.
 *
 * <p>The texts are those DynamoDB answers today: a value's JSON kind as the parser names it ({@code NUMBER_VALUE
 * cannot be converted to String}), collections in the wrong place by the Java type the framework wanted
 * ({@code Unrecognized collection type class java.lang.String}), and a scalar where a list, map or structure
 * belongs by where it stands: as a member ({@code Unexpected field type}) or inside a list or map.
 *
 * <p>A Boolean given as one of the texts the framework reads as a boolean ({@code "no"}) is replaced in the request
 * by that boolean, so that the service reads the value AWS's would (and {@code {"NULL": "no"}} reaches the attribute
 * value checks as {@code false}).
 */
public final class TypeChecker {

    private static final String STRUCTURE_NOT_EXPECTED = "Start of structure or map found where not expected";
    /** What the framework says of a scalar where a list or map is a list's element or a map's value. */
    private static final String NESTED_COLLECTION_CAST = "class sun.reflect.generics.reflectiveObjects."
            + "ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects."
            + "ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap')";
    /**
     * Texts the framework reads as booleans; AWS publishes no list. These are the ones recorded as accepted by
     * DynamoDB ({@code "no"} reaches the attribute value checks, {@code "23"} is an unexpected token).
     */
    private static final Set<String> TRUE_TEXTS = Set.of("true", "yes", "1");
    private static final Set<String> FALSE_TEXTS = Set.of("false", "no", "0");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private TypeChecker() {
    }

    /** Checks a request, a JSON object, against its operation's structure. */
    public static void check(JsonNode request, Shape operation) {
        structureMembers(request, operation);
    }

    private static void check(JsonNode value, Shape shape, boolean inCollection) {
        if (value.isNull()) {
            return;
        }
        switch (shape.type()) {
            case STRING -> {
                if (!value.isTextual()) {
                    throw refused(scalarMismatch(value, shape));
                }
            }
            case BOOLEAN -> {
                if (value.isTextual()) {
                    textualBoolean(value);
                } else if (!value.isBoolean()) {
                    throw refused(scalarMismatch(value, shape));
                }
            }
            case INTEGER, LONG -> number(value, shape);
            case BLOB -> blob(value, shape);
            case LIST -> {
                if (!value.isArray()) {
                    throw refused(value.isObject() ? STRUCTURE_NOT_EXPECTED : misplacedScalar(inCollection));
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), shape.element(), true);
                    if (value.get(i).isTextual() && shape.element().type() == Shape.Type.BOOLEAN) {
                        ((ArrayNode) value).set(i, textualBoolean(value.get(i)));
                    }
                }
            }
            case MAP -> {
                if (!value.isObject()) {
                    throw refused(value.isArray() ? "Unrecognized collection type " + shape.javaName()
                            : misplacedScalar(inCollection));
                }
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    check(entry.getValue(), shape.element(), true);
                    readAsBoolean((ObjectNode) value, entry, shape.element());
                }
            }
            case STRUCTURE -> {
                if (!value.isObject()) {
                    throw refused(value.isArray() ? "Unrecognized collection type class " + shape.javaName()
                            : inCollection ? "Unexpected value type in payload" : "Unexpected field type");
                }
                structureMembers(value, shape);
            }
        }
    }

    private static void structureMembers(JsonNode value, Shape shape) {
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            Shape.Member member = shape.member(entry.getKey());
            if (member != null) {
                check(entry.getValue(), member.shape(), false);
                readAsBoolean((ObjectNode) value, entry, member.shape());
            }
        }
    }

    private static void readAsBoolean(ObjectNode object, Map.Entry<String, JsonNode> entry, Shape shape) {
        if (entry.getValue().isTextual() && shape.type() == Shape.Type.BOOLEAN) {
            object.set(entry.getKey(), textualBoolean(entry.getValue()));
        }
    }

    /** The boolean a text stands for, or the framework's refusal of a text that is none. */
    private static BooleanNode textualBoolean(JsonNode text) {
        String word = text.textValue().toLowerCase(Locale.ROOT);
        if (TRUE_TEXTS.contains(word)) {
            return BooleanNode.TRUE;
        }
        if (FALSE_TEXTS.contains(word)) {
            return BooleanNode.FALSE;
        }
        throw refused("Unexpected token received from parser");
    }

    private static String misplacedScalar(boolean inCollection) {
        return inCollection ? NESTED_COLLECTION_CAST : "Unexpected field type";
    }

    /** A string, boolean, list or map where a scalar of another type belongs. */
    private static String scalarMismatch(JsonNode value, Shape shape) {
        if (value.isArray()) {
            return "Unrecognized collection type class " + shape.javaName();
        }
        if (value.isObject()) {
            return STRUCTURE_NOT_EXPECTED;
        }
        return tokenName(value) + " cannot be converted to " + simpleName(shape);
    }

    private static String tokenName(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE";
        }
        return "STRING_VALUE";
    }

    private static String simpleName(Shape shape) {
        return shape.javaName().substring(shape.javaName().lastIndexOf('.') + 1);
    }

    /**
     * Integer and Long members take a number, a fraction cut to its whole part. A whole part the member's Java type
     * cannot hold is refused naming the class the number was read as, as AWS's older framework texts do (AWS
     * publishes no newer text for it).
     */
    private static void number(JsonNode value, Shape shape) {
        if (!value.isNumber()) {
            throw refused(scalarMismatch(value, shape));
        }
        boolean integer = shape.type() == Shape.Type.INTEGER;
        if (value.isIntegralNumber() ? (integer ? value.canConvertToInt() : value.canConvertToLong())
                : fitsWhole(value.decimalValue(), integer)) {
            return;
        }
        String read = !value.isIntegralNumber() ? "java.lang.Double"
                : integer && value.canConvertToLong() ? "java.lang.Long" : "java.math.BigInteger";
        throw refused("class " + read + " can not be converted to an " + simpleName(shape));
    }

    private static boolean fitsWhole(BigDecimal number, boolean integer) {
        BigDecimal whole = number.setScale(0, RoundingMode.FLOOR);
        return integer ? whole.compareTo(INT_MIN) >= 0 && whole.compareTo(INT_MAX) <= 0
                : whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                        && whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    /** Binary values are base64 text of a length divisible by 4, with no bits left over in its last character. */
    private static void blob(JsonNode value, Shape shape) {
        if (value.isArray()) {
            throw refused("Unrecognized collection type class " + shape.javaName());
        }
        if (value.isObject()) {
            throw refused(STRUCTURE_NOT_EXPECTED);
        }
        if (!value.isTextual()) {
            throw refused("only base-64-encoded strings are convertible to bytes");
        }
        String text = value.textValue();
        if (text.length() % 4 != 0) {
            throw refused("Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        if (!Base64Text.isCanonical(text)) {
            throw refused("Invalid last non-pad Base64 character dectected");
        }
    }

    private static DynamoDbException refused(String message) {
        return DynamoDbException.serialization(message);
    }
}
