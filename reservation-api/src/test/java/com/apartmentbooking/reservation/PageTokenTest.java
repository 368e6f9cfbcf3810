package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTokenTest {

    @Test
    void aKeySurvivesTheRoundTripAsUrlSafeText() {
        Map<String, String> key = Map.of("id", "apt-01", "status", "VACANT");

        String token = PageToken.encode(key);

        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(Optional.of(key), PageToken.decode(token));
    }

    @Test
    void textThatIsNotATokenDecodesToNothing() {
        assertEquals(Optional.empty(), PageToken.decode("%%%"));
        assertEquals(Optional.empty(), PageToken.decode(PageToken.encode(Map.of("id", "a")) + "x"));
        assertEquals(Optional.empty(), PageToken.decode(PageToken.encode(Map.of())));
    }
}
