package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateMapsTest {

    @Test
    void retainingAndRemovingKeysLeaveTheGivenMapAlone() {
        assertEquals("{\"id\":\"a1\",\"status\":\"VACANT\"} {\"name\":\"n\"} {\"id\":\"a1\",\"name\":\"n\",\"status\":\"VACANT\"}",
                text("#set($m = {\"id\": \"a1\", \"name\": \"n\", \"status\": \"VACANT\"})"
                        + "$util.toJson($util.map.copyAndRetainAllKeys($m, [\"id\", \"status\", \"other\"])) "
                        + "$util.toJson($util.map.copyAndRemoveAllKeys($m, [\"id\", \"status\"])) $util.toJson($m)"));
    }
}
