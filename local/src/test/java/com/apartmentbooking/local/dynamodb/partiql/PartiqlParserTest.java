package com.apartmentbooking.local.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lexer and parser: what a statement's text becomes, and the texts of the statements they refuse. */
class PartiqlParserTest {

    private static Statement parse(String text) {
        return PartiqlParser.parse(text).statement();
    }

    private static String refusal(String text) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> PartiqlParser.parse(text));
        assertEquals("ValidationException", e.code());
        return e.getMessage();
    }

    private static Expr.Path path(String... names) {
        return new Expr.Path(new DocumentPath(Arrays.stream(names)
                .<DocumentPath.Step>map(DocumentPath.Key::new).toList()));
    }

    private static Expr.Literal string(String value) {
        return new Expr.Literal(new AttributeValue.S(value));
    }

    @Test
    void selectReadsColumnsTableIndexAndWhere() {
        Statement.Select select = (Statement.Select) parse(
                "select \"pk\", a.b, l[2] FROM \"My-Table\".\"by City\" WHERE pk = ? AND NOT x <> 'it''s'");

        assertEquals("My-Table", select.tableName());
        assertEquals("by City", select.indexName());
        assertEquals(List.of(DocumentPath.of("pk"), new DocumentPath(List.of(new DocumentPath.Key("a"),
                new DocumentPath.Key("b"))), new DocumentPath(List.of(new DocumentPath.Key("l"),
                new DocumentPath.Index(2)))), select.columns());
        assertEquals(new Expr.And(new Expr.Compare("=", path("pk"), new Expr.Parameter(0)),
                new Expr.Not(new Expr.Compare("<>", path("x"), string("it's")))), select.where());
    }

    @Test
    void orBindsLooserThanAndAndNotEqualHasTwoSpellings() {
        Statement.Select select = (Statement.Select) parse("SELECT * FROM t WHERE a = 1 OR b != 2 AND c = 3;");

        Expr.Literal one = new Expr.Literal(new AttributeValue.N("1"));
        assertEquals(new Expr.Or(new Expr.Compare("=", path("a"), one),
                new Expr.And(new Expr.Compare("<>", path("b"), new Expr.Literal(new AttributeValue.N("2"))),
                        new Expr.Compare("=", path("c"), new Expr.Literal(new AttributeValue.N("3"))))),
                select.where());
        assertEquals(List.of(), select.columns());
    }

    @Test
    void insertValuesAreTuplesListsBagsAndLiterals() {
        Statement.Insert insert = (Statement.Insert) parse(
                "INSERT INTO t VALUE {'pk': -1.5e2, 'l': [TRUE, null], 's': <<'a', ?>>, 'm': {}}");

        assertEquals(new Expr.Tuple(Map.of("pk", new Expr.Literal(new AttributeValue.N("-150")),
                "l", new Expr.ListValue(List.of(new Expr.Literal(new AttributeValue.Bool(true)),
                        new Expr.Literal(new AttributeValue.Null()))),
                "s", new Expr.Bag(List.of(string("a"), new Expr.Parameter(0))),
                "m", new Expr.Tuple(Map.of()))), insert.value());
        assertEquals(1, PartiqlParser.parse("INSERT INTO t VALUE {'pk': ?}").parameterCount());
    }

    @Test
    void updateClausesMayRepeatOrBeListed() {
        Statement.Update update = (Statement.Update) parse(
                "UPDATE t SET a = a + 1, b = 'x' REMOVE c SET d = list_append(d, [1]) WHERE pk = 'k' "
                        + "RETURNING MODIFIED NEW *");

        assertEquals(List.of("a", "b", "c", "d"),
                update.clauses().stream().map(clause -> clause.path().attributeName()).toList());
        assertNull(update.clauses().get(2).value());
        assertEquals("UPDATED_NEW", update.returning());
    }

    @Test
    void predicatesOfWhere() {
        Statement.Delete delete = (Statement.Delete) parse("DELETE FROM t WHERE pk = 'k' AND n NOT BETWEEN 1 AND 2 "
                + "AND s IN ['a', 'b'] AND m IS NOT MISSING AND begins_with(s, 'x') RETURNING ALL OLD *");

        assertEquals("ALL_OLD", delete.returning());
        Expr where = delete.where();
        assertEquals(new Expr.Call("begins_with", List.of(path("s"), string("x"))), ((Expr.And) where).right());
    }

    @Test
    void refusals() {
        String prefix = "Statement wasn't well formed, can't be processed: ";
        assertEquals(prefix + "Expected data manipulation", refusal("EXPLAIN SELECT * FROM t"));
        assertEquals(prefix + "Unexpected keyword", refusal("SELECT * FROM select"));
        assertEquals(prefix + "Unexpected term", refusal("SELECT * FROM t WHERE a = 1 b"));
        assertEquals(prefix + "Unexpected end of statement", refusal("UPDATE t SET a = 1"));
        assertEquals(prefix + "Unexpected keyword", refusal("UPDATE t WHERE a = 1"));
        assertEquals(prefix + "Unterminated quoted identifier", refusal("SELECT * FROM \"t"));
        assertEquals(prefix + "Unexpected character: #", refusal("SELECT * FROM t WHERE #a = 1"));
        assertEquals(prefix + "Unexpected path or function where a value is expected",
                refusal("INSERT INTO t VALUE {'a': b}"));
        assertEquals("Invalid returning clause: RETURNING MODIFIED OLD *. Only RETURNING ALL OLD * is allowed in "
                + "DELETE statements.", refusal("DELETE FROM t WHERE pk = 1 RETURNING MODIFIED OLD *"));
        assertEquals("Duplicate identifiers in select clause: city", refusal("SELECT a.city, b.city FROM t"));
        assertEquals(prefix + "Expected RIGHT_PAREN", refusal("SELECT * FROM t WHERE (a = 1"));
        assertEquals(prefix + "Expected RIGHT_CURLY", refusal("INSERT INTO t VALUE {'a': 1"));
        assertEquals("Expected '*' after ( MODIFIED | ALL ) ( NEW | OLD ) in RETURNING clause",
                refusal("UPDATE t SET a = 1 WHERE pk = 1 RETURNING ALL NEW"));
        assertEquals(prefix + "Statement nests deeper than 100 levels",
                refusal("SELECT * FROM t WHERE " + "NOT ".repeat(101) + "a = 1"));
        assertEquals(prefix + "Statement nests deeper than 100 levels",
                refusal("INSERT INTO t VALUE " + "[".repeat(200) + "]".repeat(200)));
    }
}
