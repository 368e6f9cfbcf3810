package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed projection expression (or legacy AttributesToGet). The projected item keeps only the named paths; list
 * elements picked by index come back as a shorter list in index order, as DynamoDB returns them.
 */
public record Projection(List<DocumentPath> paths) {

    public Projection {
        paths = List.copyOf(paths);
    }

    /** The top-level attributes the projection reads, e.g. to check an index projects them. */
    public List<String> attributeNames() {
        return paths.stream().map(DocumentPath::attributeName).distinct().toList();
    }

    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        Map<String, Node> roots = new LinkedHashMap<>();
        for (DocumentPath path : paths) {
            AttributeValue top = item.get(path.attributeName());
            if (top == null || path.resolve(item) == null) {
                continue;
            }
            Node node = roots.computeIfAbsent(path.attributeName(), name -> new Node(top));
            for (DocumentPath.Step step : path.steps().subList(1, path.steps().size())) {
                node = node.child(step);
            }
            node.whole = true;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        roots.forEach((name, node) -> projected.put(name, node.build()));
        return projected;
    }

    /** The part of one value that the projection keeps: all of it, or the chosen members or elements. */
    private static final class Node {
        private final AttributeValue value;
        private final Map<String, Node> members = new LinkedHashMap<>();
        private final TreeMap<Integer, Node> elements = new TreeMap<>();
        private boolean whole;

        Node(AttributeValue value) {
            this.value = value;
        }

        Node child(DocumentPath.Step step) {
            AttributeValue childValue = DocumentPath.step(value, step);
            if (step instanceof DocumentPath.Key key) {
                return members.computeIfAbsent(key.name(), name -> new Node(childValue));
            }
            return elements.computeIfAbsent(((DocumentPath.Index) step).index(), index -> new Node(childValue));
        }

        AttributeValue build() {
            if (whole) {
                return value;
            }
            if (value instanceof AttributeValue.M) {
                Map<String, AttributeValue> kept = new LinkedHashMap<>();
                members.forEach((name, node) -> kept.put(name, node.build()));
                return new AttributeValue.M(kept);
            }
            List<AttributeValue> kept = new ArrayList<>();
            elements.values().forEach(node -> kept.add(node.build()));
            return new AttributeValue.L(kept);
        }
    }
}
