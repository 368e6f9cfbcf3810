package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * DynamoDB's value comparisons. Equality is by type and value (numbers numerically, sets regardless of order,
 * lists and maps deeply). Ordering exists only between two numbers, two strings (by UTF-8 bytes, which is code
 * point order) or two binaries (unsigned bytes); any other pair is unordered, so the comparison is simply false.
 */
final class Comparisons {

    private Comparisons() {
    }

    static boolean equal(AttributeValue left, AttributeValue right) {
        return left != null && right != null && left.equals(right);
    }

    /** Negative, zero or positive like compareTo, or null when the two values cannot be ordered. */
    static Integer compare(AttributeValue left, AttributeValue right) {
        if (left instanceof AttributeValue.N a && right instanceof AttributeValue.N b) {
            return a.bigDecimal().compareTo(b.bigDecimal());
        }
        if (left instanceof AttributeValue.S a && right instanceof AttributeValue.S b) {
            return compareCodePoints(a.value(), b.value());
        }
        if (left instanceof AttributeValue.B a && right instanceof AttributeValue.B b) {
            return Arrays.compareUnsigned(a.value(), b.value());
        }
        return null;
    }

    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            byte[] bytes = b.value();
            byte[] start = p.value();
            return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
        return false;
    }

    /** contains(): a substring of a string, a member of a set of the element's type, or an element of a list. */
    static boolean contains(AttributeValue container, AttributeValue element) {
        if (element == null) {
            return false;
        }
        if (container instanceof AttributeValue.S s && element instanceof AttributeValue.S e) {
            return s.value().contains(e.value());
        }
        if (container instanceof AttributeValue.B b && element instanceof AttributeValue.B e) {
            return indexOf(b.value(), e.value()) >= 0;
        }
        if (container instanceof AttributeValue.SS ss && element instanceof AttributeValue.S e) {
            return ss.values().contains(e.value());
        }
        if (container instanceof AttributeValue.NS ns && element instanceof AttributeValue.N e) {
            return ns.values().contains(e.value());
        }
        if (container instanceof AttributeValue.BS bs && element instanceof AttributeValue.B e) {
            return bs.values().contains(ByteBuffer.wrap(e.value()));
        }
        if (container instanceof AttributeValue.L list) {
            return list.values().contains(element);
        }
        return false;
    }

    /** size(): characters of a string, bytes of a binary, members of a set, elements of a list or map. */
    static Integer size(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value().codePointCount(0, s.value().length());
        }
        if (value instanceof AttributeValue.B b) {
            return b.length();
        }
        if (value instanceof AttributeValue.SS ss) {
            return ss.values().size();
        }
        if (value instanceof AttributeValue.NS ns) {
            return ns.values().size();
        }
        if (value instanceof AttributeValue.BS bs) {
            return bs.values().size();
        }
        if (value instanceof AttributeValue.L l) {
            return l.values().size();
        }
        if (value instanceof AttributeValue.M m) {
            return m.values().size();
        }
        return null;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
