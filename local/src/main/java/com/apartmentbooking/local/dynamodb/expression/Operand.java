package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * An operand of a condition: a document path, a {@code :value} or {@code size(path)}. Evaluating yields the value,
 * or null when the item has no such attribute (or size() does not apply), which makes every comparison false.
 */
public sealed interface Operand permits Operand.Path, Operand.Value, Operand.Size {

    AttributeValue evaluate(Map<String, AttributeValue> item);

    record Path(DocumentPath path) implements Operand {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return path.resolve(item);
        }
    }

    record Value(AttributeValue value) implements Operand {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return value;
        }
    }

    record Size(Operand argument) implements Operand {
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            Integer size = Comparisons.size(argument.evaluate(item));
            return size == null ? null : AttributeValue.N.of(size);
        }
    }
}
