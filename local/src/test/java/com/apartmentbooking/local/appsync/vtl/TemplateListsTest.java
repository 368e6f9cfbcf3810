package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateListsTest {

    @Test
    void retainingAndRemovingLeaveTheGivenListAlone() {
        assertEquals("[\"a\",\"c\"] [\"b\"] [\"a\",\"b\",\"c\"]",
                text("#set($l = [\"a\", \"b\", \"c\"])$util.toJson($util.list.copyAndRetainAll($l, [\"a\", \"c\", \"z\"])) "
                        + "$util.toJson($util.list.copyAndRemoveAll($l, [\"a\", \"c\"])) $util.toJson($l)"));
    }

    @Test
    void sortingScalarsAndMapsByAProperty() {
        assertEquals("[1,2.5,3] [\"c\",\"b\",\"a\"] [{\"n\":\"y\",\"p\":2},{\"n\":\"x\",\"p\":1}]",
                text("$util.toJson($util.list.sortList([3, 1, 2.5], false, \"\")) "
                        + "$util.toJson($util.list.sortList([\"b\", \"c\", \"a\"], true, \"\")) "
                        + "$util.toJson($util.list.sortList([{\"n\": \"x\", \"p\": 1}, {\"n\": \"y\", \"p\": 2}], true, \"p\"))"));
    }

    @Test
    void aListOfKindsThatDoNotCompareKeepsItsOrder() {
        assertEquals("[\"b\",1,\"a\"]", text("$util.toJson($util.list.sortList([\"b\", 1, \"a\"], false, \"\"))"));
    }
}
