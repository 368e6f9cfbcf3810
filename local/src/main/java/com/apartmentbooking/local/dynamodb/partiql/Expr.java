package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression of a statement as the parser read it: values (literals, {@code ?} parameters, tuples, lists,
 * bags), document paths, and the predicates and operations of WHERE and SET. Nothing is resolved yet.
 */
sealed interface Expr {

    record Path(DocumentPath path) implements Expr {
    }

    /** A string, number, boolean or NULL literal. */
    record Literal(AttributeValue value) implements Expr {
    }

    /** The {@code index}-th {@code ?} of the statement, counting from 0. */
    record Parameter(int index) implements Expr {
    }

    /** {@code {'name': value, ...}}, a map. */
    record Tuple(Map<String, Expr> members) implements Expr {
        public Tuple {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }

    /** {@code [value, ...]}, a list. */
    record ListValue(List<Expr> elements) implements Expr {
        public ListValue {
            elements = List.copyOf(elements);
        }
    }

    /** {@code <<value, ...>>}, a bag: DynamoDB's string, number or binary set. */
    record Bag(List<Expr> elements) implements Expr {
        public Bag {
            elements = List.copyOf(elements);
        }
    }

    /** {@code = <> != < <= > >=}. */
    record Compare(String operator, Expr left, Expr right) implements Expr {
    }

    record And(Expr left, Expr right) implements Expr {
    }

    record Or(Expr left, Expr right) implements Expr {
    }

    record Not(Expr operand) implements Expr {
    }

    record Between(Expr value, Expr low, Expr high) implements Expr {
    }

    record In(Expr value, List<Expr> candidates) implements Expr {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code value IS [NOT] type}: MISSING, NULL, BOOLEAN, BLOB, STRING, NUMERIC, STRUCT, TUPLE or LIST. */
    record Is(Expr value, String type, boolean negated) implements Expr {
    }

    /** A function call; the name is lower case. */
    record Call(String name, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code +} or {@code -} of two numbers. */
    record Arithmetic(String operator, Expr left, Expr right) implements Expr {
    }
}
