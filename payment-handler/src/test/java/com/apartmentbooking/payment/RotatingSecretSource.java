package com.apartmentbooking.payment;

import com.apartmentbooking.payment.port.SecretUnavailableException;
import com.apartmentbooking.payment.port.WebhookSecretSource;
import java.util.List;

/** A secret an operator rotates while the function runs; counts its reads and can be made unreadable. */
final class RotatingSecretSource implements WebhookSecretSource {

    private List<String> values;
    private boolean unreadable;
    private int reads;

    RotatingSecretSource(String... values) {
        this.values = List.of(values);
    }

    /** A put-secret-value: the new value is AWSCURRENT, the one before AWSPREVIOUS. */
    void rotateTo(String value) {
        values = List.of(value, values.get(0));
    }

    void unreadable(boolean unreadable) {
        this.unreadable = unreadable;
    }

    int reads() {
        return reads;
    }

    @Override
    public List<String> activeSecrets() {
        reads++;
        if (unreadable) {
            throw new SecretUnavailableException("webhook secret arn:test cannot be read: throttled", null);
        }
        return values;
    }
}
