package com.apartmentbooking.local.dynamodb.value;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value. The records are immutable, compare by value (binary by content, numbers by their
 * canonical text, which is unique per numeric value) and keep the member order the client sent, because DynamoDB
 * answers with sets and maps in the order they were written.
 *
 * <p>Records are built from already validated parts: the JSON codec in {@link AttributeValues} applies DynamoDB's
 * rules (empty sets, duplicates, number limits) before construction; {@link N} canonicalises its text itself.
 */
public sealed interface AttributeValue
        permits AttributeValue.S, AttributeValue.N, AttributeValue.B, AttributeValue.Bool, AttributeValue.Null,
        AttributeValue.SS, AttributeValue.NS, AttributeValue.BS, AttributeValue.L, AttributeValue.M {

    /** The wire type key: S, N, B, BOOL, NULL, SS, NS, BS, L or M. */
    String type();

    record S(String value) implements AttributeValue {
        public String type() {
            return "S";
        }
    }

    /** A number; the text is canonical, so two N are equal exactly when their numeric values are. */
    record N(String value) implements AttributeValue {
        public N {
            value = Numbers.canonical(value);
        }

        public static N of(BigDecimal value) {
            return new N(Numbers.canonical(Numbers.checkLimits(value)));
        }

        public static N of(long value) {
            return new N(Long.toString(value));
        }

        public BigDecimal bigDecimal() {
            return new BigDecimal(value);
        }

        public String type() {
            return "N";
        }
    }

    /** Binary; holds its own copy so that no caller can change a stored value. */
    record B(byte[] value) implements AttributeValue {
        public B {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        public int length() {
            return value.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof B b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "B[" + value.length + " bytes]";
        }

        public String type() {
            return "B";
        }
    }

    record Bool(boolean value) implements AttributeValue {
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements AttributeValue {
        public String type() {
            return "NULL";
        }
    }

    record SS(Set<String> values) implements AttributeValue {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "SS";
        }
    }

    /** A number set of canonical texts, so set membership is numeric equality. */
    record NS(Set<String> values) implements AttributeValue {
        public NS {
            LinkedHashSet<String> canonical = new LinkedHashSet<>();
            for (String number : values) {
                canonical.add(Numbers.canonical(number));
            }
            values = Collections.unmodifiableSet(canonical);
        }

        public String type() {
            return "NS";
        }
    }

    /** A binary set; the buffers are read-only copies, and ByteBuffer equality is by content. */
    record BS(Set<ByteBuffer> values) implements AttributeValue {
        public BS {
            LinkedHashSet<ByteBuffer> copies = new LinkedHashSet<>();
            for (ByteBuffer buffer : values) {
                ByteBuffer source = buffer.duplicate();
                byte[] bytes = new byte[source.remaining()];
                source.get(bytes);
                copies.add(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
            }
            values = Collections.unmodifiableSet(copies);
        }

        public String type() {
            return "BS";
        }
    }

    record L(List<AttributeValue> values) implements AttributeValue {
        public L {
            values = List.copyOf(values);
        }

        public String type() {
            return "L";
        }
    }

    record M(Map<String, AttributeValue> values) implements AttributeValue {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String type() {
            return "M";
        }
    }

    static S s(String value) {
        return new S(value);
    }

    static N n(String value) {
        return new N(value);
    }

    static N n(long value) {
        return N.of(value);
    }

    static Bool bool(boolean value) {
        return new Bool(value);
    }

    static Null nul() {
        return new Null();
    }

    static SS ss(String... values) {
        return new SS(new LinkedHashSet<>(Arrays.asList(values)));
    }

    static NS ns(String... values) {
        return new NS(new LinkedHashSet<>(Arrays.asList(values)));
    }

    static L l(AttributeValue... values) {
        return new L(Arrays.asList(values));
    }
}
