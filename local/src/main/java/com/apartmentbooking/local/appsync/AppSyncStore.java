package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoreAccess;
import com.apartmentbooking.local.store.StoreView;
import com.apartmentbooking.local.store.Tx;
import java.util.Comparator;
import java.util.List;

/**
 * AppSync's state in the {@link Store}: APIs by id (with the order they were created in), keys under their API's
 * id and a 0 byte, and which key each of the template's {@code AWS::AppSync::ApiKey}s is, by logical id.
 */
final class AppSyncStore extends StoreAccess<AppSyncStore.Reads, AppSyncStore.Writes> {

    /** An API as kept: its definition and its place in creation order. */
    record StoredApi(long sequence, ApiDefinition definition) {
    }

    /**
     * The key a template's {@code AWS::AppSync::ApiKey} is, and the {@code Expires} the template gave it when it
     * was last applied (null: none), so that a restart changes the expiry only when the template did.
     */
    record TemplateKey(String logicalId, String apiId, String keyId, Long declaredExpires) {
    }

    private static final RecordMap<StoredApi> APIS = new RecordMap<>("appsync.apis", StoredApi.class);
    private static final RecordMap<ApiKey> KEYS = new RecordMap<>("appsync.keys", ApiKey.class);
    private static final RecordMap<TemplateKey> TEMPLATE_KEYS =
            new RecordMap<>("appsync.templateKeys", TemplateKey.class);
    private static final char SEPARATOR = '\0';

    AppSyncStore(Store store) {
        super(store, Reads::new, Writes::new);
    }

    /** Reads of one consistent state. */
    static class Reads {

        private final StoreView view;

        Reads(StoreView view) {
            this.view = view;
        }

        StoredApi api(String apiId) {
            return APIS.get(view, apiId);
        }

        /** Every API in creation order. */
        List<StoredApi> apis() {
            return APIS.list(view, "").stream().sorted(Comparator.comparingLong(StoredApi::sequence)).toList();
        }

        ApiKey key(String apiId, String id) {
            return KEYS.get(view, keyKey(apiId, id));
        }

        /** The API's keys in id order, deleted ones included. */
        List<ApiKey> keys(String apiId) {
            return KEYS.list(view, apiId + SEPARATOR);
        }

        TemplateKey templateKey(String logicalId) {
            return TEMPLATE_KEYS.get(view, logicalId);
        }

        List<TemplateKey> templateKeys() {
            return TEMPLATE_KEYS.list(view, "");
        }
    }

    /** Reads and writes of one transaction. */
    static final class Writes extends Reads {

        private final Tx tx;

        Writes(Tx tx) {
            super(tx);
            this.tx = tx;
        }

        void putApi(StoredApi api) {
            APIS.put(tx, api.definition().apiId(), api);
        }

        void deleteApi(String apiId) {
            APIS.delete(tx, apiId);
        }

        void putKey(ApiKey key) {
            KEYS.put(tx, keyKey(key.apiId(), key.id()), key);
        }

        void deleteKey(String apiId, String id) {
            KEYS.delete(tx, keyKey(apiId, id));
        }

        void putTemplateKey(TemplateKey key) {
            TEMPLATE_KEYS.put(tx, key.logicalId(), key);
        }

        void deleteTemplateKey(String logicalId) {
            TEMPLATE_KEYS.delete(tx, logicalId);
        }
    }

    private static String keyKey(String apiId, String id) {
        return apiId + SEPARATOR + id;
    }
}
