package com.apartmentbooking.local.dynamodb.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values compare by content, so stored items can be compared to decide whether a write changed anything. */
class AttributeValueEqualityTest {

    @Test
    void numbersAreEqualByValue() {
        assertEquals(new AttributeValue.N("1.50"), new AttributeValue.N("1.5"));
        assertEquals(new AttributeValue.NS(Set.of("1", "2.0")), new AttributeValue.NS(Set.of("2", "1.00")));
    }

    @Test
    void binaryIsEqualByContentAndCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2};
        AttributeValue.B value = new AttributeValue.B(bytes);
        bytes[0] = 9;
        value.value()[1] = 9;
        assertArrayEquals(new byte[]{1, 2}, value.value());
        assertEquals(value, new AttributeValue.B(new byte[]{1, 2}));
        assertEquals(new AttributeValue.BS(Set.of(ByteBuffer.wrap(new byte[]{1}))),
                new AttributeValue.BS(Set.of(ByteBuffer.wrap(new byte[]{1}))));
    }

    @Test
    void setsIgnoreOrderButTypesDiffer() {
        assertEquals(AttributeValue.ss("a", "b"), AttributeValue.ss("b", "a"));
        assertNotEquals(AttributeValue.ss("1"), AttributeValue.ns("1"));
        assertNotEquals(AttributeValue.s("1"), AttributeValue.n("1"));
    }
}
