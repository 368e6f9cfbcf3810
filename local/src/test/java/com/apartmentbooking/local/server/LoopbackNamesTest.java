package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "api.localhost", "127.0.0.1", "127.1.2.3", "127.255.255.255", "127.0.0.0",
            "127.10.100.99", "[::1]", "[0:0:0:0:0:0:0:1]"})
    void namesTheLoopback(String host) {
        assertTrue(LoopbackNames.isLoopback(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.256", "127.0.0.01", "127.00.0.1", "127.0.0", "127.0.0.1.", "127.0.0.1.2",
            "127..0.1", "127.0.0.", "127.0.0.1000", "127.0.0.-1", "127.0.0.1a", "127.", "128.0.0.1", "10.0.0.1",
            "1127.0.0.1", "127.0.0.+1", "127.0.0.١", "[::2]", "[::1", "example.com", "localhost.example.com", ""})
    void refusesAnythingElse(String host) {
        assertFalse(LoopbackNames.isLoopback(host), host);
    }
}
