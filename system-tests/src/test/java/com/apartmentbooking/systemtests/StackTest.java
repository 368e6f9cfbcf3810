package com.apartmentbooking.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class run against one stack started from the real template for the class, with the helper that drives
 * bookings through it; the stack is closed after the class's last test.
 */
abstract class StackTest {

    static LocalStack stack;
    static Bookings bookings;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start();
        bookings = new Bookings(stack);
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }
}
