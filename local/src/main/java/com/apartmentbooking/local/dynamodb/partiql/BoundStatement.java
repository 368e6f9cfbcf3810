package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;

/**
 * The third phase: a parsed statement with its parameters bound, checked against the request before any table is
 * read (the statement's length, the number of {@code ?} against the number of Parameters).
 */
record BoundStatement(Statement statement, ValueResolver values, PartiqlRequest request) {

    /** AWS's limit on a statement's length. */
    static final int MAX_STATEMENT_LENGTH = 8192;

    /**
     * AWS's constraint on a statement's length, checked for every statement of a request before any is parsed;
     * {@code member} is where AWS says the statement is ({@code statements.1.member.statement}).
     */
    static void checkLength(PartiqlRequest request, String member) {
        String text = request.statement();
        if (text.isEmpty() || text.length() > MAX_STATEMENT_LENGTH) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + text + "' at '" + member + "' "
                    + "failed to satisfy constraint: Member must have length " + (text.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to " + MAX_STATEMENT_LENGTH));
        }
    }

    /** Parses the statement and binds its parameters; its length is checked already. */
    static BoundStatement of(PartiqlRequest request) {
        String text = request.statement();
        ParsedStatement parsed = PartiqlParser.parse(text);
        List<AttributeValue> parameters = request.parameters();
        if (parsed.parameterCount() != parameters.size()) {
            throw PartiqlErrors.parameterCount();
        }
        return new BoundStatement(parsed.statement(), new ValueResolver(parameters), request);
    }

    WhereClause where(Expr where) {
        return new WhereClause(where, values);
    }
}
