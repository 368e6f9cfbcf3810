package com.apartmentbooking.payment.port;

import java.util.List;

/** Where the webhook's signing secret is kept (Secrets Manager on AWS). */
public interface WebhookSecretSource {

    /**
     * The secret's values that verify a signature now: the current one first, then, during a rotation, the
     * previous one and a pending one where they exist. Never empty.
     *
     * @throws SecretUnavailableException when the secret cannot be read, or has no current value
     */
    List<String> activeSecrets();
}
