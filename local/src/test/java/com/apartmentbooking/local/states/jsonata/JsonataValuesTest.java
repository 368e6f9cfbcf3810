package com.apartmentbooking.local.states.jsonata;

import static com.apartmentbooking.local.states.jsonata.JsonataTemplatesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonataValuesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void jsonBecomesPlainJavaValuesAndBack() {
        JsonNode document = json("{\"s\": \"x\", \"i\": 1, \"l\": 9007199254740993, \"d\": 0.5, \"b\": true,"
                + " \"n\": null, \"a\": [1, \"two\", [], {}], \"o\": {\"nested\": {\"deep\": [null]}}}");
        Object value = JsonataValues.toJsonata(document);
        assertTrue(value instanceof Map);
        assertEquals(document, JsonataValues.toJson(value).orElseThrow());
    }

    @Test
    void jsonNullTravelsAsTheLibrarysNullMarker() {
        assertSame(Jsonata.NULL_VALUE, JsonataValues.toJsonata(NODES.nullNode()));
        assertEquals(List.of(1, Jsonata.NULL_VALUE), JsonataValues.toJsonata(json("[1, null]")));
        assertEquals(NODES.nullNode(), JsonataValues.toJson(Jsonata.NULL_VALUE).orElseThrow());
    }

    @Test
    void integersStayIntegral() {
        assertEquals(1, JsonataValues.toJsonata(NODES.numberNode(1)));
        assertEquals(9007199254740993L, JsonataValues.toJsonata(NODES.numberNode(9007199254740993L)));
        assertEquals(5L, JsonataValues.toJsonata(NODES.numberNode(BigInteger.valueOf(5))));
        assertEquals(2L, JsonataValues.toJsonata(NODES.numberNode(new BigDecimal("2.00"))));
        assertEquals(0.1, JsonataValues.toJsonata(NODES.numberNode(new BigDecimal("0.1"))));
        assertEquals(1e30, JsonataValues.toJsonata(NODES.numberNode(new BigInteger("1000000000000000000000000000000"))));
    }

    @Test
    void integralDoublesComeBackAsIntegers() {
        assertEquals(NODES.numberNode(3), JsonataValues.toJson(3.0).orElseThrow());
        assertEquals(NODES.numberNode(0), JsonataValues.toJson(-0.0).orElseThrow());
        assertEquals(NODES.numberNode(4294967296L), JsonataValues.toJson(4294967296.0).orElseThrow());
        assertEquals(NODES.numberNode(4294967296L), JsonataValues.toJson(4294967296L).orElseThrow());
        assertEquals(NODES.numberNode(7), JsonataValues.toJson(7L).orElseThrow());
        assertEquals(NODES.numberNode(2.5), JsonataValues.toJson(2.5).orElseThrow());
        assertEquals(NODES.numberNode(1e300), JsonataValues.toJson(1e300).orElseThrow());
    }

    @Test
    void nonJsonValuesAreRefused() {
        assertTrue(JsonataValues.toJson(Pattern.compile("a")).isEmpty());
        assertTrue(JsonataValues.toJson(List.of(1, Pattern.compile("a"))).isEmpty());
        assertTrue(JsonataValues.toJson(Map.of("k", new Object())).isEmpty());
    }
}
