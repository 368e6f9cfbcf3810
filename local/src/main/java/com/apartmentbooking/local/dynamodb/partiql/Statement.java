package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import java.util.List;

/** A parsed statement: one of DynamoDB's four. {@code where} is null when the statement has no WHERE. */
sealed interface Statement {

    String tableName();

    /** Whether the statement only reads (batches and transactions may not mix reads and writes). */
    default boolean reads() {
        return this instanceof Select;
    }

    /** {@code SELECT columns FROM "table"["index"] [WHERE ...] [ORDER BY ...]}; no columns means {@code *}. */
    record Select(String tableName, String indexName, List<DocumentPath> columns, Expr where,
                  List<OrderKey> orderBy) implements Statement {
        public Select {
            columns = List.copyOf(columns);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** One attribute of ORDER BY, ascending unless DESC. */
    record OrderKey(String attribute, boolean descending) {
    }

    /** {@code INSERT INTO table VALUE {...}}. */
    record Insert(String tableName, Expr value) implements Statement {
    }

    /**
     * {@code UPDATE table SET path = value | REMOVE path ... WHERE ... [RETURNING ...]}.
     *
     * @param returning ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW, or null without RETURNING
     */
    record Update(String tableName, List<UpdateClause> clauses, Expr where, String returning) implements Statement {
        public Update {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code DELETE FROM table WHERE ... [RETURNING ALL OLD *]}; returning is ALL_OLD or null. */
    record Delete(String tableName, Expr where, String returning) implements Statement {
    }

    /**
     * {@code EXISTS(SELECT ...)}: a transaction's condition check that the one item the SELECT names exists and
     * meets the rest of its WHERE.
     */
    record Exists(Select select) implements Statement {
        @Override
        public String tableName() {
            return select.tableName();
        }
    }

    /** One SET or REMOVE of an UPDATE; {@code value} is null for REMOVE. */
    record UpdateClause(DocumentPath path, Expr value) {
    }
}
