package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A document path such as {@code a.b[1].c}: a top-level attribute name followed by map keys and list indexes,
 * with every {@code #name} placeholder already replaced by its attribute name.
 */
public record DocumentPath(List<Step> steps) {

    /** One step of a path: a map key (the first step is the attribute name) or a list index. */
    public sealed interface Step permits Key, Index {
    }

    public record Key(String name) implements Step {
        @Override
        public String toString() {
            return name;
        }
    }

    public record Index(int index) implements Step {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    public DocumentPath {
        steps = List.copyOf(steps);
    }

    public static DocumentPath of(String attributeName) {
        return new DocumentPath(List.of(new Key(attributeName)));
    }

    /** The top-level attribute the path starts at, e.g. to check whether an update touches a key attribute. */
    public String attributeName() {
        return ((Key) steps.get(0)).name();
    }

    public boolean isTopLevel() {
        return steps.size() == 1;
    }

    /** The value at this path in the item, or null when any step is missing or walks into the wrong type. */
    public AttributeValue resolve(Map<String, AttributeValue> item) {
        AttributeValue current = item.get(attributeName());
        for (int i = 1; i < steps.size() && current != null; i++) {
            current = step(current, steps.get(i));
        }
        return current;
    }

    static AttributeValue step(AttributeValue value, Step step) {
        if (step instanceof Key key && value instanceof AttributeValue.M map) {
            return map.values().get(key.name());
        }
        if (step instanceof Index index && value instanceof AttributeValue.L list
                && index.index() < list.values().size()) {
            return list.values().get(index.index());
        }
        return null;
    }

    /** AWS's rendering in path overlap errors: {@code [a, b, [1]]}. */
    @Override
    public String toString() {
        return steps.stream().map(Step::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
