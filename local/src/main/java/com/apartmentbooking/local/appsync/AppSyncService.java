package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.clock.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AppSync's APIs and API keys: the definitions the template gives (applied again at every start), the keys with
 * AppSync's expiry rules, and the lookups of the control plane and of the GraphQL and real-time endpoints.
 * A key outlives a restart; an expired key stays listed (and refused by the endpoints) until its deletion time.
 */
public final class AppSyncService implements ApiDirectory {

    private final AppSyncStore store;
    private final Clock clock;
    /** Values handed out for template keys not created yet, so the key created later has the value handed out. */
    private final Map<String, String> pendingKeyValues = new ConcurrentHashMap<>();

    AppSyncService(AppSyncStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Serves exactly these APIs, in this order for those not served before: an API no longer given is removed with
     * its keys, as deleting it from a stack would.
     */
    public void applyApis(List<ApiDefinition> apis) {
        Set<String> given = new HashSet<>();
        apis.forEach(api -> given.add(api.apiId()));
        store.write(w -> {
            List<AppSyncStore.StoredApi> existing = w.apis();
            long next = existing.stream().mapToLong(AppSyncStore.StoredApi::sequence).max().orElse(0) + 1;
            for (AppSyncStore.StoredApi old : existing) {
                String apiId = old.definition().apiId();
                if (!given.contains(apiId)) {
                    w.deleteApi(apiId);
                    w.keys(apiId).forEach(key -> w.deleteKey(apiId, key.id()));
                }
            }
            w.templateKeys().stream().filter(key -> !given.contains(key.apiId()))
                    .forEach(key -> w.deleteTemplateKey(key.logicalId()));
            Map<String, AppSyncStore.StoredApi> byId = new HashMap<>();
            existing.forEach(old -> byId.put(old.definition().apiId(), old));
            // An API stored as given is not written again: each restart encoded and wrote its schema and resolvers.
            for (ApiDefinition api : apis) {
                AppSyncStore.StoredApi old = byId.get(api.apiId());
                if (old == null || !old.definition().equals(api)) {
                    w.putApi(new AppSyncStore.StoredApi(old == null ? next++ : old.sequence(), api));
                }
            }
        });
    }

    /**
     * The value of the template's key {@code logicalId}: the key this data directory holds for it, or, until
     * {@link #applyTemplateKey} creates it, a new value that stays the same.
     */
    public String templateKeyValue(String logicalId) {
        Instant now = clock.now();
        String kept = store.read(r -> {
            AppSyncStore.TemplateKey known = r.templateKey(logicalId);
            return known != null && ApiKeys.exists(r.key(known.apiId(), known.keyId()), now) ? known.keyId() : null;
        });
        return kept != null ? kept : pendingKeyValues.computeIfAbsent(logicalId, id -> ApiKeys.newValue());
    }

    /**
     * Creates the template's key {@code logicalId} of {@code apiId}, or keeps the one this data directory holds:
     * its expiry changes only when the template's {@code Expires} did (to it, or to AppSync's default when it was
     * taken out), checked as UpdateApiKey checks it.
     *
     * @param declaredExpires the template's {@code Expires}, or null
     * @throws AppSyncException ApiKeyValidityOutOfBoundsException when an expiry to set is out of bounds
     */
    public ApiKey applyTemplateKey(String logicalId, String apiId, String description, Long declaredExpires) {
        String id = templateKeyValue(logicalId);
        Instant now = clock.now();
        ApiKey key = store.writeReturning(w -> {
            requireApi(w, apiId);
            ApiKey existing = w.key(apiId, id);
            AppSyncStore.TemplateKey known = w.templateKey(logicalId);
            boolean keep = ApiKeys.exists(existing, now) && known != null
                    && Objects.equals(known.declaredExpires(), declaredExpires);
            long expires = keep ? existing.expires() : ApiKeys.expiry(declaredExpires, now);
            ApiKey applied = new ApiKey(id, apiId, description, expires, ApiKeys.deletion(expires));
            w.putKey(applied);
            w.putTemplateKey(new AppSyncStore.TemplateKey(logicalId, apiId, id, declaredExpires));
            return applied;
        });
        pendingKeyValues.remove(logicalId);
        return key;
    }

    /** CreateApiKey. */
    public ApiKey createApiKey(String apiId, String description, Long expires) {
        Instant now = clock.now();
        return store.writeReturning(w -> {
            requireApi(w, apiId);
            long expiry = ApiKeys.expiry(expires, now);
            ApiKey key = new ApiKey(ApiKeys.newValue(), apiId, description, expiry, ApiKeys.deletion(expiry));
            w.putKey(key);
            return key;
        });
    }

    /** UpdateApiKey: a description or expiry not given stays as it was. */
    public ApiKey updateApiKey(String apiId, String id, String description, Long expires) {
        Instant now = clock.now();
        return store.writeReturning(w -> {
            requireApi(w, apiId);
            ApiKey existing = w.key(apiId, id);
            if (!ApiKeys.exists(existing, now)) {
                throw AppSyncErrors.apiKeyNotFound(id);
            }
            long expiry = expires == null ? existing.expires() : ApiKeys.expiry(expires, now);
            ApiKey updated = new ApiKey(id, apiId, description == null ? existing.description() : description,
                    expiry, ApiKeys.deletion(expiry));
            w.putKey(updated);
            return updated;
        });
    }

    /** DeleteApiKey. */
    public void deleteApiKey(String apiId, String id) {
        Instant now = clock.now();
        store.write(w -> {
            requireApi(w, apiId);
            if (!ApiKeys.exists(w.key(apiId, id), now)) {
                throw AppSyncErrors.apiKeyNotFound(id);
            }
            w.deleteKey(apiId, id);
        });
    }

    /** The API's keys that exist now, expired ones included, in id order. */
    public List<ApiKey> apiKeys(String apiId) {
        Instant now = clock.now();
        return store.read(r -> {
            requireApi(r, apiId);
            return r.keys(apiId).stream().filter(key -> ApiKeys.exists(key, now)).toList();
        });
    }

    /** GetGraphqlApi's API. */
    public ApiDefinition graphqlApi(String apiId) {
        return store.read(r -> requireApi(r, apiId));
    }

    public DataSourceDefinition dataSource(String apiId, String name) {
        return graphqlApi(apiId).dataSources().stream().filter(source -> source.name().equals(name)).findFirst()
                .orElseThrow(() -> AppSyncErrors.dataSourceNotFound(name));
    }

    public PipelineFunctionDefinition function(String apiId, String functionId) {
        return graphqlApi(apiId).functions().stream().filter(function -> function.functionId().equals(functionId))
                .findFirst().orElseThrow(() -> AppSyncErrors.functionNotFound(functionId));
    }

    /** The resolvers of the type's fields, in the order they were defined. */
    public List<ResolverDefinition> resolvers(String apiId, String typeName) {
        return graphqlApi(apiId).resolvers().stream().filter(resolver -> resolver.typeName().equals(typeName))
                .toList();
    }

    public ResolverDefinition resolver(String apiId, String typeName, String fieldName) {
        return resolvers(apiId, typeName).stream().filter(resolver -> resolver.fieldName().equals(fieldName))
                .findFirst().orElseThrow(AppSyncErrors::resolverNotFound);
    }

    @Override
    public Optional<ApiDefinition> api(String apiId) {
        return Optional.ofNullable(store.read(r -> r.api(apiId))).map(AppSyncStore.StoredApi::definition);
    }

    @Override
    public List<ApiDefinition> apis() {
        return store.read(r -> r.apis().stream().map(AppSyncStore.StoredApi::definition).toList());
    }

    @Override
    public Optional<ApiKey> apiKey(String apiId, String key) {
        Instant now = clock.now();
        return Optional.ofNullable(store.read(r -> r.key(apiId, key))).filter(found -> ApiKeys.exists(found, now));
    }

    private static ApiDefinition requireApi(AppSyncStore.Reads reads, String apiId) {
        AppSyncStore.StoredApi api = reads.api(apiId);
        if (api == null) {
            throw AppSyncErrors.apiNotFound(apiId);
        }
        return api.definition();
    }
}
