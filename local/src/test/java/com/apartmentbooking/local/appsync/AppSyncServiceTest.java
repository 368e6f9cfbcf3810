package com.apartmentbooking.local.appsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template's APIs and keys applied at each start, over a store in a data directory. */
class AppSyncServiceTest {

    private static final Instant START = Instant.parse("2026-03-01T10:42:17Z");
    private static final long DEFAULT_EXPIRY = Instant.parse("2026-03-08T10:00:00Z").getEpochSecond();

    @TempDir
    Path dataDirectory;
    private final ControllableClock clock = new ControllableClock(START);

    static ApiDefinition api(String apiId) {
        return new ApiDefinition(apiId, apiId + "-name", "arn:aws:appsync:eu-west-1:000000000000:apis/" + apiId,
                AuthType.API_KEY, List.of(AuthType.AWS_IAM), "type Query { a: String }",
                List.of(new DataSourceDefinition("none", "NONE", null, null, null)), List.of(),
                List.of(new ResolverDefinition("Query", "a", "UNIT", "none", List.of(), "{}", "$util.toJson(1)")),
                true);
    }

    @Test
    void aRestartWithTheSameDataDirectoryServesTheSameKeyWithItsExpiry() {
        String value;
        try (Store store = Store.open(dataDirectory)) {
            AppSyncService service = start(store);
            value = service.templateKeyValue("ApiKey");
            ApiKey key = service.applyTemplateKey("ApiKey", "Api", "front ends", null);
            assertEquals(new ApiKey(value, "Api", "front ends", DEFAULT_EXPIRY,
                    DEFAULT_EXPIRY + Duration.ofDays(60).toSeconds()), key);
        }
        clock.advance(Duration.ofDays(2));
        try (Store store = Store.open(dataDirectory)) {
            AppSyncService service = start(store);
            assertEquals(value, service.templateKeyValue("ApiKey"), "the value a template resolves before start");
            ApiKey key = service.applyTemplateKey("ApiKey", "Api", "front ends", null);
            assertEquals(value, key.id());
            assertEquals(DEFAULT_EXPIRY, key.expires(), "a restart does not extend the key");
            assertEquals(Optional.of(key), service.apiKey("Api", value));
        }
    }

    @Test
    void theValueHandedOutBeforeTheKeyExistsIsTheOneCreated() {
        AppSyncService service = start(Store.inMemory());
        String value = service.templateKeyValue("ApiKey");
        assertTrue(value.matches("da2-[a-z0-9]{26}"), value);
        assertEquals(value, service.templateKeyValue("ApiKey"));
        assertEquals(value, service.applyTemplateKey("ApiKey", "Api", null, null).id());
    }

    @Test
    void theExpiryChangesOnlyWhenTheTemplatesExpiresDoes() {
        AppSyncService service = start(Store.inMemory());
        long later = START.plus(Duration.ofDays(30)).getEpochSecond();
        service.applyTemplateKey("ApiKey", "Api", null, later);
        clock.advance(Duration.ofDays(10));
        assertEquals(Instant.parse("2026-03-31T10:00:00Z").getEpochSecond(),
                service.applyTemplateKey("ApiKey", "Api", null, later).expires());
        long evenLater = START.plus(Duration.ofDays(100)).getEpochSecond();
        assertEquals(Instant.parse("2026-06-09T10:00:00Z").getEpochSecond(),
                service.applyTemplateKey("ApiKey", "Api", null, evenLater).expires());
        assertEquals(Instant.parse("2026-03-18T10:00:00Z").getEpochSecond(),
                service.applyTemplateKey("ApiKey", "Api", null, null).expires(),
                "Expires taken out: AppSync's default from now");
    }

    @Test
    void anExpiryOutOfBoundsIsRefusedAndChangesNothing() {
        AppSyncService service = start(Store.inMemory());
        ApiKey kept = service.applyTemplateKey("ApiKey", "Api", null, null);
        long tooLate = START.plus(Duration.ofDays(400)).getEpochSecond();
        AppSyncException refused = assertThrows(AppSyncException.class,
                () -> service.applyTemplateKey("ApiKey", "Api", null, tooLate));
        assertEquals("API key must be valid for a maximum of 365 days.", refused.getMessage());
        assertEquals(List.of(kept), service.apiKeys("Api"));
        assertThrows(AppSyncException.class, () -> service.applyTemplateKey("ApiKey", "Api", null, tooLate));
    }

    @Test
    void anExpiredKeyIsListedUntilItsDeletionAndThenReplaced() {
        AppSyncService service = start(Store.inMemory());
        ApiKey first = service.applyTemplateKey("ApiKey", "Api", null, null);
        clock.advance(Duration.ofDays(8));
        assertEquals(List.of(first), service.apiKeys("Api"), "expired, still listed");
        assertEquals(Optional.of(first), service.apiKey("Api", first.id()));
        assertEquals(first, service.applyTemplateKey("ApiKey", "Api", null, null), "a restart keeps it expired");

        clock.advance(Duration.ofDays(60));
        assertEquals(List.of(), service.apiKeys("Api"));
        assertEquals(Optional.empty(), service.apiKey("Api", first.id()));
        ApiKey second = service.applyTemplateKey("ApiKey", "Api", null, null);
        assertNotEquals(first.id(), second.id());
        assertTrue(second.expires() > clock.now().getEpochSecond());
    }

    @Test
    void anApiTakenOutOfTheTemplateGoesWithItsKeys() {
        AppSyncService service = start(Store.inMemory());
        service.applyApis(List.of(api("Api"), api("Other")));
        ApiKey key = service.createApiKey("Other", null, null);
        service.applyApis(List.of(api("Api")));
        assertEquals(List.of(api("Api")), service.apis());
        assertEquals(Optional.empty(), service.api("Other"));
        assertEquals(Optional.empty(), service.apiKey("Other", key.id()));
    }

    @Test
    void apisAreListedInTheOrderTheyWereFirstApplied() {
        AppSyncService service = start(Store.inMemory());
        service.applyApis(List.of(api("B")));
        service.applyApis(List.of(api("A"), api("B")));
        assertEquals(List.of("B", "A"), service.apis().stream().map(ApiDefinition::apiId).toList());
    }

    @Test
    void aChangedApiIsServedAsChangedInItsPlaceAndAnUnchangedOneAsItWas() {
        AppSyncService service = start(Store.inMemory());
        service.applyApis(List.of(api("Api"), api("Other")));
        ApiDefinition changed = new ApiDefinition("Api", "Api-name", api("Api").arn(), AuthType.API_KEY,
                List.of(), "type Query { a: String b: Int }", api("Api").dataSources(), List.of(),
                api("Api").resolvers(), false);

        service.applyApis(List.of(changed, api("Other")));

        assertEquals(List.of(changed, api("Other")), service.apis());
        assertEquals(Optional.of(changed), service.api("Api"));
    }

    private AppSyncService start(Store store) {
        AppSyncService service = new AppSyncService(new AppSyncStore(store), clock);
        service.applyApis(List.of(api("Api")));
        return service;
    }
}
