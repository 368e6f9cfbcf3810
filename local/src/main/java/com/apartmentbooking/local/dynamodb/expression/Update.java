package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed update expression (or legacy AttributeUpdates): SET, REMOVE, ADD and DELETE actions on document paths.
 *
 * <p>{@link #apply} computes every right-hand side against the item as it was before the update, as DynamoDB does
 * ({@code SET a = b, b = a} swaps), then writes. Whether a path touches a key attribute is the caller's check,
 * through {@link #paths()}.
 *
 * <p>{@code attributeUpdates} marks the legacy form, whose ADD or DELETE on a value of another type DynamoDB answers
 * in its own words.
 */
public record Update(List<Action> actions, boolean attributeUpdates) {

    public sealed interface Action permits SetAction, RemoveAction, AddAction, DeleteAction {
        DocumentPath path();
    }

    public record SetAction(DocumentPath path, SetValue value) implements Action {
    }

    public record RemoveAction(DocumentPath path) implements Action {
    }

    /** ADD a number to a number, members to a set, or (legacy AttributeUpdates only) elements to a list. */
    public record AddAction(DocumentPath path, AttributeValue value) implements Action {
    }

    /** DELETE members from a set; a legacy DELETE without a value is a {@link RemoveAction}. */
    public record DeleteAction(DocumentPath path, AttributeValue value) implements Action {
    }

    public Update {
        actions = List.copyOf(actions);
    }

    /** An update expression's actions. */
    public Update(List<Action> actions) {
        this(actions, false);
    }

    /** Every path the update writes or removes. */
    public List<DocumentPath> paths() {
        return actions.stream().map(Action::path).toList();
    }

    /** Every document path the update names: those it writes and those its SET values read. */
    public List<DocumentPath> allPaths() {
        List<DocumentPath> all = new ArrayList<>(paths());
        actions.stream().filter(SetAction.class::isInstance)
                .forEach(action -> all.addAll(((SetAction) action).value().paths()));
        return all;
    }

    public Map<String, AttributeValue> apply(Map<String, AttributeValue> original) {
        List<Map.Entry<DocumentPath, AttributeValue>> writes = new ArrayList<>();
        List<DocumentPath> removals = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof SetAction set) {
                writes.add(Map.entry(set.path(), set.value().evaluate(original)));
            } else if (action instanceof RemoveAction remove) {
                removals.add(remove.path());
            } else if (action instanceof AddAction add) {
                writes.add(Map.entry(add.path(), added(add.path().resolve(original), add.value())));
            } else {
                DeleteAction delete = (DeleteAction) action;
                AttributeValue remaining = deleted(delete.path().resolve(original), delete.value());
                if (remaining == null) {
                    removals.add(delete.path());
                } else {
                    writes.add(Map.entry(delete.path(), remaining));
                }
            }
        }
        // Every index names an element of the original lists. So elements are replaced first, then values set
        // past a list's end are appended in the order of their indexes (whatever the order of the actions, as
        // DynamoDB does), and last the removed elements go, the highest index first so the others stay in place.
        Map<String, AttributeValue> item = new LinkedHashMap<>(original);
        List<Map.Entry<DocumentPath, AttributeValue>> appends = new ArrayList<>();
        for (Map.Entry<DocumentPath, AttributeValue> write : writes) {
            if (isPastListEnd(write.getKey(), original)) {
                appends.add(write);
            } else {
                write(item, write.getKey(), write.getValue());
            }
        }
        appends.sort(Map.Entry.comparingByKey(Comparator.comparing(DocumentPath::steps, Update::compareSteps)));
        for (Map.Entry<DocumentPath, AttributeValue> append : appends) {
            write(item, append.getKey(), append.getValue());
        }
        removals.sort(Comparator.comparing(DocumentPath::steps, Update::compareSteps).reversed());
        for (DocumentPath removal : removals) {
            if (removal.resolve(original) != null) {
                remove(item, removal);
            } else {
                requireRemovable(original, removal);
            }
        }
        // A value written at a nested path can end up deeper than any single request value may be.
        AttributeValues.checkNesting(item);
        return item;
    }

    /** Whether the path ends in an index at or past the end of a list the original item has there. */
    private static boolean isPastListEnd(DocumentPath path, Map<String, AttributeValue> original) {
        List<DocumentPath.Step> steps = path.steps();
        if (!(steps.get(steps.size() - 1) instanceof DocumentPath.Index index)) {
            return false;
        }
        AttributeValue parent = new DocumentPath(steps.subList(0, steps.size() - 1)).resolve(original);
        return parent instanceof AttributeValue.L list && index.index() >= list.values().size();
    }

    private AttributeValue added(AttributeValue current, AttributeValue value) {
        if (current == null) {
            return value;
        }
        if (current instanceof AttributeValue.N a && value instanceof AttributeValue.N b) {
            return SetValue.sum(a, b);
        }
        if (current instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
            return new AttributeValue.SS(union(a.values(), b.values()));
        }
        if (current instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
            return new AttributeValue.NS(union(a.values(), b.values()));
        }
        if (current instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
            return new AttributeValue.BS(union(a.values(), b.values()));
        }
        if (current instanceof AttributeValue.L a && value instanceof AttributeValue.L b) {
            List<AttributeValue> joined = new ArrayList<>(a.values());
            joined.addAll(b.values());
            return new AttributeValue.L(joined);
        }
        throw typeMismatch();
    }

    /** The set left after DELETE, or null when nothing is left (DynamoDB then removes the attribute). */
    private AttributeValue deleted(AttributeValue current, AttributeValue value) {
        if (current == null) {
            return null;
        }
        if (current instanceof AttributeValue.SS a && value instanceof AttributeValue.SS b) {
            Set<String> left = difference(a.values(), b.values());
            return left.isEmpty() ? null : new AttributeValue.SS(left);
        }
        if (current instanceof AttributeValue.NS a && value instanceof AttributeValue.NS b) {
            Set<String> left = difference(a.values(), b.values());
            return left.isEmpty() ? null : new AttributeValue.NS(left);
        }
        if (current instanceof AttributeValue.BS a && value instanceof AttributeValue.BS b) {
            Set<ByteBuffer> left = difference(a.values(), b.values());
            return left.isEmpty() ? null : new AttributeValue.BS(left);
        }
        throw typeMismatch();
    }

    private DynamoDbException typeMismatch() {
        return attributeUpdates ? DynamoDbException.validation("Type mismatch for attribute to update")
                : SetValue.incorrectType();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.addAll(b);
        return result;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static void write(Map<String, AttributeValue> item, DocumentPath path, AttributeValue value) {
        if (path.isTopLevel()) {
            item.put(path.attributeName(), value);
            return;
        }
        AttributeValue top = item.get(path.attributeName());
        if (top == null) {
            throw invalidPath();
        }
        item.put(path.attributeName(), written(top, path.steps(), 1, value));
    }

    /** A copy of {@code container} with {@code value} written at steps[from..]; the parents must exist. */
    private static AttributeValue written(AttributeValue container, List<DocumentPath.Step> steps, int from,
                                          AttributeValue value) {
        DocumentPath.Step step = steps.get(from);
        boolean last = from == steps.size() - 1;
        if (step instanceof DocumentPath.Key key && container instanceof AttributeValue.M map) {
            Map<String, AttributeValue> members = new LinkedHashMap<>(map.values());
            AttributeValue child = members.get(key.name());
            if (!last && child == null) {
                throw invalidPath();
            }
            members.put(key.name(), last ? value : written(child, steps, from + 1, value));
            return new AttributeValue.M(members);
        }
        if (step instanceof DocumentPath.Index index && container instanceof AttributeValue.L list) {
            List<AttributeValue> elements = new ArrayList<>(list.values());
            boolean inside = index.index() < elements.size();
            if (!last && !inside) {
                throw invalidPath();
            }
            if (!last) {
                elements.set(index.index(), written(elements.get(index.index()), steps, from + 1, value));
            } else if (inside) {
                elements.set(index.index(), value);
            } else {
                // Assigning past the end of a list appends, as DynamoDB does.
                elements.add(value);
            }
            return new AttributeValue.L(elements);
        }
        throw invalidPath();
    }

    private static void remove(Map<String, AttributeValue> item, DocumentPath path) {
        if (path.isTopLevel()) {
            item.remove(path.attributeName());
            return;
        }
        AttributeValue top = item.get(path.attributeName());
        if (top != null) {
            item.put(path.attributeName(), removed(top, path.steps(), 1));
        }
    }

    /**
     * Removing what is not there changes nothing, but DynamoDB refuses it when the path's parent is missing or is not
     * the map or list the path's last step needs.
     */
    private static void requireRemovable(Map<String, AttributeValue> original, DocumentPath path) {
        if (path.isTopLevel()) {
            return;
        }
        AttributeValue top = original.get(path.attributeName());
        if (top == null) {
            throw invalidPath();
        }
        removed(top, path.steps(), 1);
    }

    /**
     * A copy without the element at steps[from..]; a missing last element leaves the value as it is, a missing
     * element on the way is an invalid path.
     */
    private static AttributeValue removed(AttributeValue container, List<DocumentPath.Step> steps, int from) {
        DocumentPath.Step step = steps.get(from);
        boolean last = from == steps.size() - 1;
        if (step instanceof DocumentPath.Key key && container instanceof AttributeValue.M map) {
            Map<String, AttributeValue> members = new LinkedHashMap<>(map.values());
            AttributeValue child = members.get(key.name());
            if (child == null) {
                if (!last) {
                    throw invalidPath();
                }
                return container;
            }
            if (last) {
                members.remove(key.name());
            } else {
                members.put(key.name(), removed(child, steps, from + 1));
            }
            return new AttributeValue.M(members);
        }
        if (step instanceof DocumentPath.Index index && container instanceof AttributeValue.L list) {
            if (index.index() >= list.values().size()) {
                if (!last) {
                    throw invalidPath();
                }
                return container;
            }
            List<AttributeValue> elements = new ArrayList<>(list.values());
            if (last) {
                elements.remove(index.index());
            } else {
                elements.set(index.index(), removed(elements.get(index.index()), steps, from + 1));
            }
            return new AttributeValue.L(elements);
        }
        throw invalidPath();
    }

    private static int compareSteps(List<DocumentPath.Step> a, List<DocumentPath.Step> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            DocumentPath.Step x = a.get(i);
            DocumentPath.Step y = b.get(i);
            int order;
            if (x instanceof DocumentPath.Index xi && y instanceof DocumentPath.Index yi) {
                order = Integer.compare(xi.index(), yi.index());
            } else {
                order = x.toString().compareTo(y.toString());
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static DynamoDbException invalidPath() {
        return DynamoDbException.validation("The document path provided in the update expression is invalid for update");
    }
}
