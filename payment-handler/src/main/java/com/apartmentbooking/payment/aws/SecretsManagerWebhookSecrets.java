package com.apartmentbooking.payment.aws;

import com.apartmentbooking.payment.port.SecretUnavailableException;
import com.apartmentbooking.payment.port.WebhookSecretSource;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The webhook's secret in Secrets Manager: AWSCURRENT, and AWSPREVIOUS and AWSPENDING when a rotation left or
 * prepared them. A missing label is no error (a secret never rotated has no AWSPREVIOUS); a missing AWSCURRENT is.
 */
public final class SecretsManagerWebhookSecrets implements WebhookSecretSource {

    static final String CURRENT = "AWSCURRENT";
    private static final List<String> ROTATION_STAGES = List.of("AWSPREVIOUS", "AWSPENDING");

    private final SecretsManagerClient client;
    private final String secretArn;

    public SecretsManagerWebhookSecrets(SecretsManagerClient client, String secretArn) {
        this.client = client;
        this.secretArn = secretArn;
    }

    @Override
    public List<String> activeSecrets() {
        try {
            List<String> values = new ArrayList<>();
            values.add(value(CURRENT).secretString());
            for (String stage : ROTATION_STAGES) {
                try {
                    String value = value(stage).secretString();
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                } catch (ResourceNotFoundException e) {
                    // No rotation left or prepared this label.
                }
            }
            return values;
        } catch (SdkException e) {
            // The SDK's messages name the secret and the error, never a value.
            throw new SecretUnavailableException("webhook secret " + secretArn + " cannot be read: " + e.getMessage(), e);
        }
    }

    private GetSecretValueResponse value(String stage) {
        return client.getSecretValue(r -> r.secretId(secretArn).versionStage(stage));
    }
}
