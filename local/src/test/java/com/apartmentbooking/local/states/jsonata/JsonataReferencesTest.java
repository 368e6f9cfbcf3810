package com.apartmentbooking.local.states.jsonata;

import static com.apartmentbooking.local.states.jsonata.JsonataTemplatesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonataReferencesTest {

    private static Set<String> variables(String expression) {
        return JsonataReferences.of(expression).variables();
    }

    @Test
    void findsDollarNames() {
        assertEquals(Set.of("a", "b"), variables("$a + $b.c"));
        assertEquals(Set.of("sum", "var_constant_1"), variables("$sum($states.input.input_values) + $var_constant_1"));
        assertEquals(Set.of("x"), variables("($x := 1; $x)"));
        assertEquals(Set.of("ünïcode"), variables("$ünïcode"));
        assertEquals(Set.of("v"), variables("$.a + $$.b + $v"));
    }

    @Test
    void skipsStringsCommentsAndBacktickNames() {
        assertEquals(Set.of("real"), variables("'$no' & \"$nor\" & `$neither` & $real /* $comment */"));
        assertEquals(Set.of("real"), variables("'it\\'s $no' & $real"));
    }

    @Test
    void skipsRegularExpressionsButNotDivisions() {
        assertEquals(Set.of("contains", "s"), variables("$contains($s, /^\\$no/)"));
        assertEquals(Set.of("contains"), variables("$contains('hello$world', /^hello\\$/)"));
        assertEquals(Set.of("a", "b"), variables("$a / $b"));
        assertEquals(Set.of("a", "b"), variables("($a) / 2 / $b"));
        assertEquals(Set.of("b"), variables("x.*/ $b"));
    }

    @Test
    void reportsTheMembersOfStatesRead() {
        JsonataReferences references = JsonataReferences.of(
                "$states.input.x + $states . result.y + $states.`errorOutput` + $keys($states)");
        assertEquals(Set.of("input", "result", "errorOutput"), references.statesFields());
        assertEquals(Set.of("keys"), references.variables());
    }

    @Test
    void collectsEveryExpressionOfATemplate() {
        JsonataReferences references = JsonataReferences.ofTemplate(json(
                "{\"x\": \"{% $a %}\", \"y\": [\"{% $states.result %}\", \"$c\", \" {% $d %}\"]}"));
        assertEquals(Set.of("a"), references.variables());
        assertEquals(Set.of("result"), references.statesFields());
    }
}
