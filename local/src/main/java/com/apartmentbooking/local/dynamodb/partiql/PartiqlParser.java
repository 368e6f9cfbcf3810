package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The second phase: tokens to a {@link Statement}, by recursive descent over DynamoDB's PartiQL subset. Precedence,
 * loosest first: OR, AND, NOT, the predicates (comparison, BETWEEN, IN, IS), then + and -.
 */
final class PartiqlParser {

    /** Words that end or join clauses, so they cannot be bare names. */
    private static final Set<String> RESERVED = Set.of("select", "from", "where", "and", "or", "not", "insert",
            "into", "value", "values", "update", "set", "remove", "delete", "returning", "between", "in", "is",
            "missing", "null", "true", "false");

    /** PartiQL's token types of the closing symbols, which DynamoDB names when one is missing. */
    private static final Map<String, String> SYMBOL_TYPES = Map.of(")", "RIGHT_PAREN", "]", "RIGHT_BRACKET",
            "}", "RIGHT_CURLY", ">>", "RIGHT_DOUBLE_ANGLE_BRACKET", ":", "COLON");

    /** Deeper nesting (parentheses, NOT, tuples, lists, bags) is refused before it could exhaust the stack. */
    static final int MAX_DEPTH = 100;

    private final List<PartiqlToken> tokens;
    private int position;
    private int parameters;
    private int depth;

    private PartiqlParser(List<PartiqlToken> tokens) {
        this.tokens = tokens;
    }

    static ParsedStatement parse(String text) {
        PartiqlParser parser = new PartiqlParser(PartiqlLexer.tokenize(text));
        Statement statement = parser.statement();
        if (parser.peek().is(";")) {
            parser.position++;
        }
        if (parser.peek().kind() != PartiqlToken.Kind.END) {
            throw parser.unexpected();
        }
        return new ParsedStatement(statement, parser.parameters);
    }

    private Statement statement() {
        PartiqlToken first = peek();
        if (first.isKeyword("select")) {
            return select();
        }
        if (first.isKeyword("insert")) {
            return insert();
        }
        if (first.isKeyword("update")) {
            return update();
        }
        if (first.isKeyword("delete")) {
            return delete();
        }
        if (first.isKeyword("exists") && tokens.get(position + 1).is("(")) {
            position += 2;
            if (!peek().isKeyword("select")) {
                throw unexpected();
            }
            Statement.Select select = (Statement.Select) select();
            expect(")");
            return new Statement.Exists(select);
        }
        throw PartiqlErrors.malformed("Expected data manipulation");
    }

    private Statement select() {
        keyword("select");
        List<DocumentPath> columns = new ArrayList<>();
        if (peek().is("*")) {
            position++;
            if (peek().is(",")) {
                throw PartiqlErrors.starAndColumns();
            }
        } else {
            do {
                columns.add(path());
            } while (accept(","));
            SelectColumns.checkNames(columns);
        }
        keyword("from");
        String table = name();
        String index = null;
        if (accept(".")) {
            index = name();
        }
        Expr where = optionalWhere();
        return new Statement.Select(table, index, columns, where, orderBy());
    }

    /** {@code ORDER BY name [ASC|DESC], ...}; ORDER stays a possible attribute name elsewhere. */
    private List<Statement.OrderKey> orderBy() {
        List<Statement.OrderKey> keys = new ArrayList<>();
        if (peek().isKeyword("order") && tokens.get(position + 1).isKeyword("by")) {
            position += 2;
            do {
                String attribute = name();
                boolean descending = acceptKeyword("desc");
                if (!descending) {
                    acceptKeyword("asc");
                }
                keys.add(new Statement.OrderKey(attribute, descending));
            } while (accept(","));
        }
        return keys;
    }

    private Statement insert() {
        keyword("insert");
        keyword("into");
        String table = name();
        keyword("value");
        Expr value = value();
        if (peek().isKeyword("returning")) {
            throw PartiqlErrors.insertReturning();
        }
        return new Statement.Insert(table, value);
    }

    private Statement update() {
        keyword("update");
        String table = name();
        List<Statement.UpdateClause> clauses = new ArrayList<>();
        while (peek().isKeyword("set") || peek().isKeyword("remove")) {
            boolean set = next().isKeyword("set");
            do {
                DocumentPath path = path();
                if (set) {
                    expect("=");
                    clauses.add(new Statement.UpdateClause(path, additive()));
                } else {
                    clauses.add(new Statement.UpdateClause(path, null));
                }
            } while (accept(","));
        }
        if (clauses.isEmpty()) {
            throw unexpected();
        }
        Expr where = requiredWhere();
        return new Statement.Update(table, clauses, where, returning());
    }

    private Statement delete() {
        keyword("delete");
        keyword("from");
        String table = name();
        Expr where = requiredWhere();
        String returning = returning();
        if (returning != null && !returning.equals("ALL_OLD")) {
            throw PartiqlErrors.deleteReturning(returning.replace('_', ' ').replace("UPDATED", "MODIFIED"));
        }
        return new Statement.Delete(table, where, returning);
    }

    private Expr optionalWhere() {
        return peek().isKeyword("where") ? requiredWhere() : null;
    }

    private Expr requiredWhere() {
        keyword("where");
        return condition();
    }

    /** {@code RETURNING ALL|MODIFIED OLD|NEW *} as UpdateItem's ReturnValues, or null. */
    private String returning() {
        if (!peek().isKeyword("returning")) {
            return null;
        }
        position++;
        String scope = peek().isKeyword("all") ? "ALL" : peek().isKeyword("modified") ? "UPDATED" : null;
        if (scope == null) {
            throw unexpected();
        }
        position++;
        String image = peek().isKeyword("old") ? "OLD" : peek().isKeyword("new") ? "NEW" : null;
        if (image == null) {
            throw unexpected();
        }
        position++;
        if (!accept("*")) {
            throw PartiqlErrors.returningStar();
        }
        return scope + "_" + image;
    }

    // ---- conditions -------------------------------------------------------------------------------------------

    private Expr condition() {
        Expr left = conjunction();
        while (acceptKeyword("or")) {
            left = new Expr.Or(left, conjunction());
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        while (acceptKeyword("and")) {
            left = new Expr.And(left, negation());
        }
        return left;
    }

    private Expr negation() {
        if (acceptKeyword("not")) {
            descend();
            Expr operand = negation();
            depth--;
            return new Expr.Not(operand);
        }
        return predicate();
    }

    private Expr predicate() {
        Expr left = additive();
        PartiqlToken token = peek();
        if (token.kind() == PartiqlToken.Kind.SYMBOL
                && Set.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(token.text())) {
            position++;
            return new Expr.Compare(token.text().equals("!=") ? "<>" : token.text(), left, additive());
        }
        if (token.isKeyword("is")) {
            position++;
            boolean negated = acceptKeyword("not");
            PartiqlToken type = next();
            if (type.kind() != PartiqlToken.Kind.WORD) {
                position--;
                throw unexpected();
            }
            return new Expr.Is(left, type.text().toUpperCase(Locale.ROOT), negated);
        }
        boolean negated = acceptKeyword("not");
        Expr predicate;
        if (acceptKeyword("between")) {
            Expr low = additive();
            keyword("and");
            predicate = new Expr.Between(left, low, additive());
        } else if (acceptKeyword("in")) {
            String close = accept("(") ? ")" : accept("[") ? "]" : null;
            if (close == null) {
                throw unexpected();
            }
            List<Expr> candidates = new ArrayList<>();
            do {
                candidates.add(additive());
            } while (accept(","));
            expect(close);
            predicate = new Expr.In(left, candidates);
        } else if (negated) {
            throw unexpected();
        } else {
            return left;
        }
        return negated ? new Expr.Not(predicate) : predicate;
    }

    private Expr additive() {
        Expr left = primary();
        while (peek().is("+") || peek().is("-")) {
            String operator = next().text();
            left = new Expr.Arithmetic(operator, left, primary());
        }
        return left;
    }

    private Expr primary() {
        PartiqlToken token = peek();
        switch (token.kind()) {
            case STRING -> {
                position++;
                return new Expr.Literal(new AttributeValue.S(token.text()));
            }
            case NUMBER -> {
                position++;
                return new Expr.Literal(new AttributeValue.N(token.text()));
            }
            case PARAMETER -> {
                position++;
                return new Expr.Parameter(parameters++);
            }
            case SYMBOL -> {
                return symbolExpression(token);
            }
            case WORD -> {
                return wordExpression(token);
            }
            case QUOTED_NAME -> {
                return new Expr.Path(path());
            }
            default -> throw unexpected();
        }
    }

    private Expr symbolExpression(PartiqlToken token) {
        if (accept("(")) {
            descend();
            Expr inner = condition();
            expect(")");
            depth--;
            return inner;
        }
        if (token.is("-") && tokens.get(position + 1).kind() == PartiqlToken.Kind.NUMBER) {
            position++;
            return new Expr.Literal(new AttributeValue.N("-" + next().text()));
        }
        if (token.is("{") || token.is("[") || token.is("<<")) {
            return value();
        }
        throw unexpected();
    }

    private Expr wordExpression(PartiqlToken token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        switch (word) {
            case "true", "false" -> {
                position++;
                return new Expr.Literal(new AttributeValue.Bool(word.equals("true")));
            }
            case "null" -> {
                position++;
                return new Expr.Literal(new AttributeValue.Null());
            }
            default -> {
            }
        }
        if (tokens.get(position + 1).is("(") && !RESERVED.contains(word)) {
            position += 2;
            descend();
            List<Expr> arguments = new ArrayList<>();
            if (!accept(")")) {
                do {
                    arguments.add(additive());
                } while (accept(","));
                expect(")");
            }
            depth--;
            return new Expr.Call(word, arguments);
        }
        return new Expr.Path(path());
    }

    // ---- values and paths -------------------------------------------------------------------------------------

    /** A value: a literal, a parameter, or a tuple, list or bag of values. */
    private Expr value() {
        descend();
        Expr value = collectionOrScalar();
        depth--;
        return value;
    }

    private Expr collectionOrScalar() {
        if (accept("{")) {
            Map<String, Expr> members = new LinkedHashMap<>();
            if (!accept("}")) {
                do {
                    PartiqlToken key = next();
                    if (key.kind() != PartiqlToken.Kind.STRING) {
                        position--;
                        throw unexpected();
                    }
                    expect(":");
                    if (members.put(key.text(), value()) != null) {
                        throw PartiqlErrors.duplicateTupleKey(key.text());
                    }
                } while (accept(","));
                expect("}");
            }
            return new Expr.Tuple(members);
        }
        if (accept("[")) {
            return new Expr.ListValue(elements("]"));
        }
        if (accept("<<")) {
            return new Expr.Bag(elements(">>"));
        }
        Expr expr = primary();
        if (expr instanceof Expr.Path || expr instanceof Expr.Call) {
            throw PartiqlErrors.malformed("Unexpected path or function where a value is expected");
        }
        return expr;
    }

    private List<Expr> elements(String close) {
        List<Expr> elements = new ArrayList<>();
        if (!accept(close)) {
            do {
                elements.add(value());
            } while (accept(","));
            expect(close);
        }
        return elements;
    }

    /** {@code name(.name | [index] | ['name'])*}. */
    private DocumentPath path() {
        List<DocumentPath.Step> steps = new ArrayList<>();
        steps.add(new DocumentPath.Key(name()));
        while (true) {
            if (accept(".")) {
                steps.add(new DocumentPath.Key(name()));
            } else if (accept("[")) {
                PartiqlToken token = next();
                if (token.kind() == PartiqlToken.Kind.NUMBER && token.text().matches("\\d{1,9}")) {
                    steps.add(new DocumentPath.Index(Integer.parseInt(token.text())));
                } else if (token.kind() == PartiqlToken.Kind.STRING) {
                    steps.add(new DocumentPath.Key(token.text()));
                } else {
                    position--;
                    throw unexpected();
                }
                expect("]");
            } else {
                return new DocumentPath(steps);
            }
        }
    }

    private String name() {
        PartiqlToken token = peek();
        if (token.kind() == PartiqlToken.Kind.QUOTED_NAME
                || (token.kind() == PartiqlToken.Kind.WORD && !RESERVED.contains(token.text().toLowerCase(Locale.ROOT)))) {
            position++;
            if (token.text().isEmpty()) {
                throw PartiqlErrors.malformed("Empty identifier");
            }
            return token.text();
        }
        throw unexpected();
    }

    private void descend() {
        if (++depth > MAX_DEPTH) {
            throw PartiqlErrors.malformed("Statement nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    // ---- tokens -----------------------------------------------------------------------------------------------

    private PartiqlToken peek() {
        return tokens.get(position);
    }

    private PartiqlToken next() {
        PartiqlToken token = tokens.get(position);
        if (token.kind() != PartiqlToken.Kind.END) {
            position++;
        }
        return token;
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    /** A missing symbol is named by its PartiQL token type, as DynamoDB names it ("Expected RIGHT_PAREN"). */
    private void expect(String symbol) {
        if (!accept(symbol)) {
            String type = SYMBOL_TYPES.get(symbol);
            throw type == null ? unexpected() : PartiqlErrors.malformed("Expected " + type);
        }
    }

    private void keyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw unexpected();
        }
    }

    private RuntimeException unexpected() {
        PartiqlToken token = peek();
        return switch (token.kind()) {
            case END -> PartiqlErrors.malformed("Unexpected end of statement");
            case WORD -> PartiqlErrors.malformed(RESERVED.contains(token.text().toLowerCase(Locale.ROOT))
                    ? "Unexpected keyword" : "Unexpected term");
            default -> PartiqlErrors.malformed("Unexpected term");
        };
    }
}
