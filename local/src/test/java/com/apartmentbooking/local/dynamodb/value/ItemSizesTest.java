package com.apartmentbooking.local.dynamodb.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Item sizes follow DynamoDB's documented rules, which the 400 KB limit is measured with. */
class ItemSizesTest {

    @Test
    void namesAndStringsCountInUtf8Bytes() {
        assertEquals(2 + 3, ItemSizes.of(Map.of("id", AttributeValue.s("abc"))));
        assertEquals(2, ItemSizes.of(Map.of("é", AttributeValue.s(""))));
    }

    @Test
    void stringsCountAsManyBytesAsTheirUtf8Encoding() {
        for (String text : new String[] {"", "a", "é", "\u07ff", "\u0800", "€", "\uffff", "😀", "a😀b",
                "\ud83d", "\ude00", "x\ud83dy", "\ude00\ud83d", "\ud83d\ud83d\ude00"}) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length,
                    ItemSizes.of(AttributeValue.s(text)), text);
        }
    }

    @Test
    void numbersTakeOneBytePerTwoDigitsPlusOne() {
        assertEquals(2, ItemSizes.of(AttributeValue.n("12")));
        assertEquals(3, ItemSizes.of(AttributeValue.n("123")));
        assertEquals(2, ItemSizes.of(AttributeValue.n("1000")));
    }

    @Test
    void numberDigitsArePairedAroundTheDecimalPointAndANegativeNumberTakesOneByteMore() {
        assertEquals(4, ItemSizes.of(AttributeValue.n("12.3456")));
        assertEquals(3, ItemSizes.of(AttributeValue.n("1.2")));
        assertEquals(3, ItemSizes.of(AttributeValue.n("1.23")));
        assertEquals(4, ItemSizes.of(AttributeValue.n("1.234")));
        assertEquals(2, ItemSizes.of(AttributeValue.n("0.05")));
        assertEquals(3, ItemSizes.of(AttributeValue.n("-1")));
        assertEquals(1, ItemSizes.of(AttributeValue.n("0")));
    }

    @Test
    void documentsHaveThreeBytesOverheadAndOnePerElement() {
        assertEquals(3, ItemSizes.of(AttributeValue.l()));
        assertEquals(3 + 1 + 1 + 1 + 1, ItemSizes.of(AttributeValue.l(AttributeValue.bool(true), AttributeValue.nul())));
        Map<String, AttributeValue> members = new LinkedHashMap<>();
        members.put("k", AttributeValue.s("vv"));
        assertEquals(3 + 1 + 1 + 2, ItemSizes.of(new AttributeValue.M(members)));
    }

    @Test
    void theLimitIs400Kilobytes() {
        assertFalse(ItemSizes.exceedsLimit(Map.of("a", AttributeValue.s("x".repeat(400 * 1024 - 1)))));
        assertTrue(ItemSizes.exceedsLimit(Map.of("a", AttributeValue.s("x".repeat(400 * 1024)))));
    }
}
