package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.Operand;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level attributes a condition reads: a query's filter may not name a key attribute of the table or
 * index it reads, which AWS checks by these names.
 */
final class ConditionAttributes {

    private ConditionAttributes() {
    }

    static Set<String> of(Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names);
        return names;
    }

    private static void collect(Condition condition, Set<String> names) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), names);
            collect(and.right(), names);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), names);
            collect(or.right(), names);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), names);
        } else if (condition instanceof Condition.Compare compare) {
            operands(List.of(compare.left(), compare.right()), names);
        } else if (condition instanceof Condition.Between between) {
            operands(List.of(between.value(), between.low(), between.high()), names);
        } else if (condition instanceof Condition.In in) {
            operands(List.of(in.value()), names);
            operands(in.candidates(), names);
        } else if (condition instanceof Condition.AttributeExists exists) {
            names.add(exists.path().attributeName());
        } else if (condition instanceof Condition.AttributeNotExists notExists) {
            names.add(notExists.path().attributeName());
        } else if (condition instanceof Condition.AttributeType type) {
            names.add(type.path().attributeName());
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            operands(List.of(beginsWith.value(), beginsWith.prefix()), names);
        } else if (condition instanceof Condition.Contains contains) {
            operands(List.of(contains.container(), contains.element()), names);
        }
    }

    private static void operands(List<Operand> operands, Set<String> names) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.Path path) {
                names.add(path.path().attributeName());
            } else if (operand instanceof Operand.Size size) {
                operands(List.of(size.argument()), names);
            }
        }
    }
}
