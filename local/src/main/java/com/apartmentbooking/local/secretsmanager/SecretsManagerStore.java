package com.apartmentbooking.local.secretsmanager;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoreAccess;
import com.apartmentbooking.local.store.StoreView;
import com.apartmentbooking.local.store.Tx;
import java.util.List;

/** Secrets Manager's state in the {@link Store}: each secret, its versions inside it, by name. */
final class SecretsManagerStore extends StoreAccess<SecretsManagerStore.Reads, SecretsManagerStore.Writes> {

    private static final RecordMap<Secret> SECRETS = new RecordMap<>("secretsmanager.secrets", Secret.class);

    SecretsManagerStore(Store store) {
        super(store, Reads::new, Writes::new);
    }

    /** Reads of one consistent state. */
    static class Reads {

        private final StoreView view;

        Reads(StoreView view) {
            this.view = view;
        }

        Secret secret(String name) {
            return SECRETS.get(view, name);
        }

        /** Every secret, in name order. */
        List<Secret> secrets() {
            return SECRETS.list(view, "");
        }
    }

    /** Reads and writes of one transaction. */
    static final class Writes extends Reads {

        private final Tx tx;

        Writes(Tx tx) {
            super(tx);
            this.tx = tx;
        }

        void putSecret(Secret secret) {
            SECRETS.put(tx, secret.name(), secret);
        }
    }
}
