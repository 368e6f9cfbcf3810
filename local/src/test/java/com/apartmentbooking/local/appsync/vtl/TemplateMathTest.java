package com.apartmentbooking.local.appsync.vtl;

import static com.apartmentbooking.local.appsync.vtl.Rendering.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TemplateMathTest {

    @Test
    void roundingMinimumAndMaximum() {
        assertEquals("3 2 -2 1.0 2.5 2.5", text("$util.math.roundNum(2.5) $util.math.roundNum(2.4) "
                + "$util.math.roundNum(-2.5) $util.math.minVal(1, 2.5) $util.math.maxVal(1, 2.5) "
                + "$util.math.maxVal(2.5, -3)"));
    }

    @Test
    void randomNumbersStayInTheirRanges() {
        String[] doubles = text("#foreach($i in [1..50])$util.math.randomDouble() #end").trim().split(" ");
        String[] integers = text("#foreach($i in [1..50])$util.math.randomWithinRange(3, 5) #end").trim().split(" ");

        assertTrue(Arrays.stream(doubles).mapToDouble(Double::parseDouble).allMatch(d -> d >= 0 && d < 1));
        assertTrue(Arrays.stream(integers).mapToInt(Integer::parseInt).allMatch(n -> n >= 3 && n <= 5));
    }
}
