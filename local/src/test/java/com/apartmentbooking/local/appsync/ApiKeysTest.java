package com.apartmentbooking.local.appsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** AppSync's rules for a key's value, expiry and deletion. */
class ApiKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:42:17Z");

    @Test
    void withoutAnExpiryAKeyLastsSevenDaysRoundedDownToTheHour() {
        assertEquals(Instant.parse("2026-03-08T10:00:00Z").getEpochSecond(), ApiKeys.expiry(null, NOW));
    }

    @Test
    void aRequestedExpiryIsRoundedDownToTheHour() {
        long requested = Instant.parse("2026-04-01T17:59:59Z").getEpochSecond();
        assertEquals(Instant.parse("2026-04-01T17:00:00Z").getEpochSecond(), ApiKeys.expiry(requested, NOW));
    }

    @Test
    void anExpiryFromOneTo365DaysAheadIsTaken() {
        long oneDay = NOW.plus(Duration.ofDays(1)).getEpochSecond();
        long oneYear = NOW.plus(Duration.ofDays(365)).getEpochSecond();
        assertEquals(Instant.parse("2026-03-02T10:00:00Z").getEpochSecond(), ApiKeys.expiry(oneDay, NOW));
        assertEquals(Instant.parse("2027-03-01T10:00:00Z").getEpochSecond(), ApiKeys.expiry(oneYear, NOW));
    }

    @Test
    void anExpiryUnderOneDayAheadIsOutOfBounds() {
        AppSyncException tooSoon = assertThrows(AppSyncException.class,
                () -> ApiKeys.expiry(NOW.plus(Duration.ofDays(1)).getEpochSecond() - 1, NOW));
        assertEquals("ApiKeyValidityOutOfBoundsException", tooSoon.code());
        assertEquals(400, tooSoon.status());
        assertEquals("API key must be valid for a minimum of 1 days.", tooSoon.getMessage());
        assertThrows(AppSyncException.class, () -> ApiKeys.expiry(NOW.getEpochSecond() - 3600, NOW));
    }

    @Test
    void anExpiryOver365DaysAheadIsOutOfBounds() {
        AppSyncException tooLate = assertThrows(AppSyncException.class,
                () -> ApiKeys.expiry(NOW.plus(Duration.ofDays(365)).getEpochSecond() + 1, NOW));
        assertEquals("ApiKeyValidityOutOfBoundsException", tooLate.code());
        assertEquals("API key must be valid for a maximum of 365 days.", tooLate.getMessage());
    }

    @Test
    void aKeyIsDeletedSixtyDaysAfterItExpiresAndExistsUntilThen() {
        long expires = Instant.parse("2026-03-08T10:00:00Z").getEpochSecond();
        long deletes = ApiKeys.deletion(expires);
        assertEquals(Instant.parse("2026-05-07T10:00:00Z").getEpochSecond(), deletes);
        ApiKey key = new ApiKey("da2-x", "api", null, expires, deletes);
        assertTrue(ApiKeys.exists(key, Instant.ofEpochSecond(deletes - 1)));
        assertEquals(false, ApiKeys.exists(key, Instant.ofEpochSecond(deletes)));
    }

    @Test
    void valuesAreDa2AndTwentySixLowercaseLettersOrDigits() {
        String value = ApiKeys.newValue();
        assertTrue(value.matches("da2-[a-z0-9]{26}"), value);
        assertNotEquals(value, ApiKeys.newValue());
    }
}
