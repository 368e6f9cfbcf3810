package com.apartmentbooking.local.states.jsonpath;

import static com.apartmentbooking.local.states.jsonpath.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DirectPathTest {
    private static final JsonNode DOCUMENT = json("""
            {'a': {'b': [10, {'c': 'deep'}, null], 'n': null, 's': 'text', 'delivery-partner': 1, 'x_1': 2}}""");

    @Test
    void whereTheWalkArrivesItAgreesWithTheLibrary() {
        for (String path : new String[] {"$.a", "$.a.b", "$.a.b[0]", "$.a.b[1].c", "$.a.b[2]", "$.a.n",
                "$.a.delivery-partner", "$.a.x_1"}) {
            JsonNode direct = DirectPath.of(path).orElseThrow().walk(DOCUMENT);
            assertEquals(JaywayReader.read(JaywayReader.compile(path), DOCUMENT), direct, path);
        }
    }

    @Test
    void whereItDoesNotArriveTheLibraryDecides() {
        for (String path : new String[] {"$.nope", "$.a.b[3]", "$.a.n.x", "$.a.s.x", "$.a.b.c", "$.a[0]", "$.a.b[2].c"}) {
            assertNull(DirectPath.of(path).orElseThrow().walk(DOCUMENT), path);
        }
    }

    @Test
    void onlyPlainNamesAndIndexesAreDirect() {
        for (String path : new String[] {"$.a[*]", "$..a", "$['a']", "$.a[-1]", "$.a[0,1]", "$.a[1:2]", "$.a.length()",
                "$.a[?(@.b)]", "$.*", "$.", "$.a["}) {
            assertTrue(DirectPath.of(path).isEmpty(), path);
        }
    }
}
