package com.apartmentbooking.payment.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.payment.port.SecretUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** Which labels of the secret the function reads, and what it makes of a missing one. */
class SecretsManagerWebhookSecretsTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stack/payment-webhook-AbC123";

    /** A Secrets Manager whose secret has the given values by label; records the requests. */
    private static class LabelledSecret implements SecretsManagerClient {
        final Map<String, String> byStage;
        final List<GetSecretValueRequest> requests = new ArrayList<>();

        LabelledSecret(Map<String, String> byStage) {
            this.byStage = byStage;
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            requests.add(request);
            String value = byStage.get(request.versionStage());
            if (value == null) {
                throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret "
                        + "value for staging label: " + request.versionStage()).build();
            }
            return GetSecretValueResponse.builder().arn(ARN).secretString(value).build();
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsCurrentThenPreviousAndPendingOfItsSecretByArn() {
        LabelledSecret client = new LabelledSecret(Map.of("AWSCURRENT", "new", "AWSPREVIOUS", "old",
                "AWSPENDING", "next"));
        assertEquals(List.of("new", "old", "next"), new SecretsManagerWebhookSecrets(client, ARN).activeSecrets());
        assertEquals(List.of(ARN, ARN, ARN), client.requests.stream().map(GetSecretValueRequest::secretId).toList());
    }

    @Test
    void aSecretNeverRotatedHasItsCurrentValueOnly() {
        assertEquals(List.of("only"), new SecretsManagerWebhookSecrets(
                new LabelledSecret(Map.of("AWSCURRENT", "only")), ARN).activeSecrets());
    }

    @Test
    void aPendingValueAlreadyCurrentIsNotRepeated() {
        assertEquals(List.of("new", "old"), new SecretsManagerWebhookSecrets(new LabelledSecret(
                Map.of("AWSCURRENT", "new", "AWSPREVIOUS", "old", "AWSPENDING", "new")), ARN).activeSecrets());
    }

    @Test
    void noCurrentValueOrAnErrorIsAnUnavailableSecretNamedByArnOnly() {
        SecretUnavailableException missing = assertThrows(SecretUnavailableException.class,
                () -> new SecretsManagerWebhookSecrets(new LabelledSecret(Map.of("AWSPREVIOUS", "old-value")), ARN)
                        .activeSecrets());
        assertFalse(missing.getMessage().contains("old-value"), missing.getMessage());
        assertEquals(true, missing.getMessage().contains(ARN));

        LabelledSecret refusing = new LabelledSecret(Map.of()) {
            @Override
            public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
                throw InvalidRequestException.builder().message("secret scheduled for deletion").build();
            }
        };
        assertThrows(SecretUnavailableException.class, () -> new SecretsManagerWebhookSecrets(refusing, ARN)
                .activeSecrets());
    }
}
