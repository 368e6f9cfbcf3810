package com.apartmentbooking.local.dynamodb.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a value in DynamoDB's request model: its type (which decides how AWS's framework reads the JSON, and
 * what it says when it cannot), the Java type AWS names in those texts, the constraints AWS validates on it in their
 * order, and for collections and structures the shapes inside.
 *
 * <p>Shapes are built once, when the operation table loads, and then only read.
 */
public final class Shape {

    /** How AWS's framework reads a value. */
    enum Type { STRING, BOOLEAN, INTEGER, LONG, BLOB, LIST, MAP, STRUCTURE }

    /** A structure's member: its name on the wire and in validation paths (lower camel case), and its shape. */
    record Member(String name, String pathName, Shape shape) {
    }

    private static final String MODEL_PACKAGE = "com.amazonaws.dynamodb.v20120810.";

    private final Type type;
    private final String javaName;
    private final Shape element;
    private final List<Constraint> constraints;
    private final List<Member> members = new ArrayList<>();
    private final List<Member> membersView = Collections.unmodifiableList(members);
    private final Map<String, Member> membersByName = new HashMap<>();
    private boolean constrained;
    private boolean tableNameFirst;

    private Shape(Type type, String javaName, Shape element, List<Constraint> constraints) {
        this.type = type;
        this.javaName = javaName;
        this.element = element;
        this.constraints = List.copyOf(constraints);
        this.constrained = !constraints.isEmpty() || (element != null && element.constrained);
    }

    static Shape string(Constraint... constraints) {
        return new Shape(Type.STRING, "java.lang.String", null, Arrays.asList(constraints));
    }

    static Shape bool(Constraint... constraints) {
        return new Shape(Type.BOOLEAN, "java.lang.Boolean", null, Arrays.asList(constraints));
    }

    static Shape integer(Constraint... constraints) {
        return new Shape(Type.INTEGER, "java.lang.Integer", null, Arrays.asList(constraints));
    }

    static Shape longValue(Constraint... constraints) {
        return new Shape(Type.LONG, "java.lang.Long", null, Arrays.asList(constraints));
    }

    static Shape blob(Constraint... constraints) {
        return new Shape(Type.BLOB, "java.nio.ByteBuffer", null, Arrays.asList(constraints));
    }

    static Shape list(Shape element, Constraint... constraints) {
        return new Shape(Type.LIST, "java.util.List<" + element.javaName + ">", element, Arrays.asList(constraints));
    }

    /** A map from names to values of {@code value}'s shape. */
    static Shape map(Shape value, Constraint... constraints) {
        return new Shape(Type.MAP, "java.util.Map<java.lang.String, " + value.javaName + ">", value,
                Arrays.asList(constraints));
    }

    /** A structure named as in AWS's model ({@code KeySchemaElement}), with its members in AWS's order. */
    static Shape structure(String name, List<Member> members, Constraint... constraints) {
        Shape shape = new Shape(Type.STRUCTURE, MODEL_PACKAGE + name, null, Arrays.asList(constraints));
        shape.define(members);
        return shape;
    }

    /** A structure whose members are given later with {@link #define}, for shapes that contain themselves. */
    static Shape recursiveStructure(String name) {
        return new Shape(Type.STRUCTURE, MODEL_PACKAGE + name, null, List.of());
    }

    static Member member(String name, Shape shape) {
        return new Member(name, Character.toLowerCase(name.charAt(0)) + name.substring(1), shape);
    }

    /** Sets a structure's members; called once, while the operation table is built. */
    void define(List<Member> definition) {
        if (!members.isEmpty()) {
            throw new IllegalStateException("The members of " + javaName + " are already defined");
        }
        for (Member member : definition) {
            members.add(member);
            membersByName.put(member.name(), member);
            constrained |= member.shape().constrained;
        }
    }

    /** A copy of this shape with more constraints after its own (a required use of a shared shape). */
    Shape with(Constraint... more) {
        List<Constraint> all = new ArrayList<>(constraints);
        all.addAll(Arrays.asList(more));
        Shape copy = new Shape(type, javaName, element, all);
        if (type == Type.STRUCTURE) {
            copy.define(members);
        }
        return copy;
    }

    /** This operation's TableName is checked before its constraints, as the table operations' is. */
    Shape namingTableFirst() {
        tableNameFirst = true;
        return this;
    }

    boolean tableNameFirst() {
        return tableNameFirst;
    }

    Type type() {
        return type;
    }

    /** The Java type AWS's framework names when a value of this shape cannot be read. */
    String javaName() {
        return javaName;
    }

    /** A list's element or a map's value shape; null for other types. */
    Shape element() {
        return element;
    }

    List<Constraint> constraints() {
        return constraints;
    }

    /** A structure's members in AWS's order; empty for other types. */
    List<Member> members() {
        return membersView;
    }

    /** A structure's member of that wire name, or null when the model has none (AWS ignores such members). */
    Member member(String name) {
        return membersByName.get(name);
    }

    /** Whether this shape or any shape inside it has a constraint, so validation can skip what has none. */
    boolean constrained() {
        return constrained;
    }
}
