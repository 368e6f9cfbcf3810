package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.expression.Operand;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level attributes a condition reads: a query's filter may not name a key attribute of the table or
 * index it reads, nor reach into one, which AWS checks by these names.
 */
final class ConditionAttributes {

    private ConditionAttributes() {
    }

    static Set<String> of(Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names, false);
        return names;
    }

    /** The top-level attributes the condition reads below (a map member or list element of them). */
    static Set<String> nested(Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names, true);
        return names;
    }

    private static void collect(Condition condition, Set<String> names, boolean nestedOnly) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), names, nestedOnly);
            collect(and.right(), names, nestedOnly);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), names, nestedOnly);
            collect(or.right(), names, nestedOnly);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), names, nestedOnly);
        } else if (condition instanceof Condition.Compare compare) {
            operands(List.of(compare.left(), compare.right()), names, nestedOnly);
        } else if (condition instanceof Condition.Between between) {
            operands(List.of(between.value(), between.low(), between.high()), names, nestedOnly);
        } else if (condition instanceof Condition.In in) {
            operands(List.of(in.value()), names, nestedOnly);
            operands(in.candidates(), names, nestedOnly);
        } else if (condition instanceof Condition.AttributeExists exists) {
            path(exists.path(), names, nestedOnly);
        } else if (condition instanceof Condition.AttributeNotExists notExists) {
            path(notExists.path(), names, nestedOnly);
        } else if (condition instanceof Condition.AttributeType type) {
            path(type.path(), names, nestedOnly);
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            operands(List.of(beginsWith.value(), beginsWith.prefix()), names, nestedOnly);
        } else if (condition instanceof Condition.Contains contains) {
            operands(List.of(contains.container(), contains.element()), names, nestedOnly);
        }
    }

    private static void operands(List<Operand> operands, Set<String> names, boolean nestedOnly) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.Path path) {
                path(path.path(), names, nestedOnly);
            } else if (operand instanceof Operand.Size size) {
                operands(List.of(size.argument()), names, nestedOnly);
            }
        }
    }

    private static void path(DocumentPath path, Set<String> names, boolean nestedOnly) {
        if (!nestedOnly || !path.isTopLevel()) {
            names.add(path.attributeName());
        }
    }
}
