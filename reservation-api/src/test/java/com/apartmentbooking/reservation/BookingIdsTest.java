package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.validation.InputRules;
import org.junit.jupiter.api.Test;

class BookingIdsTest {

    @Test
    void aDerivedIdDependsOnlyOnCustomerAndToken() {
        assertEquals(BookingIds.forClientToken("c-1", "t-1"), BookingIds.forClientToken("c-1", "t-1"));
        assertNotEquals(BookingIds.forClientToken("c-1", "t-1"), BookingIds.forClientToken("c-2", "t-1"));
        assertNotEquals(BookingIds.forClientToken("c-1", "t-1"), BookingIds.forClientToken("c-1", "t-2"));
        assertNotEquals(BookingIds.forClientToken("ab", "c"), BookingIds.forClientToken("a", "bc"));
    }

    @Test
    void everyIdPassesTheSharedIdRule() {
        for (String id : new String[] {BookingIds.forClientToken("c-1", "t-1"), BookingIds.random()}) {
            assertTrue(new InputRules().id("id", id).violations().isEmpty(), id);
        }
        assertEquals(32, BookingIds.forClientToken("c-1", "t-1").length());
    }
}
