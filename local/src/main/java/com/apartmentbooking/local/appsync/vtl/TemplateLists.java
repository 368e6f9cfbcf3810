package com.apartmentbooking.local.appsync.vtl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code $util.list}: copies of lists with elements kept, removed or sorted; the given lists are not changed. */
public final class TemplateLists {

    TemplateLists() {
    }

    public List<Object> copyAndRetainAll(List<?> list, List<?> retained) {
        List<Object> copy = new ArrayList<>(list);
        copy.retainAll(retained);
        return copy;
    }

    public List<Object> copyAndRemoveAll(List<?> list, List<?> removed) {
        List<Object> copy = new ArrayList<>(list);
        copy.removeAll(removed);
        return copy;
    }

    /**
     * Sorts scalars (strings or numbers) by value, or maps by the value of {@code property}. A list mixing kinds
     * that do not compare is returned in its own order.
     */
    public List<Object> sortList(List<?> list, boolean descending, String property) {
        List<Object> copy = new ArrayList<>(list);
        Comparator<Object> order = Comparator.comparing(element -> key(element, property), TemplateLists::compare);
        try {
            copy.sort(descending ? order.reversed() : order);
        } catch (ClassCastException e) {
            return new ArrayList<>(list);
        }
        return copy;
    }

    private static Object key(Object element, String property) {
        return element instanceof Map<?, ?> map ? map.get(property) : element;
    }

    /** Nulls first, numbers by value, strings by text; any other pair does not compare. */
    private static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        throw new ClassCastException("not comparable");
    }
}
