package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.secretsmanager.LocalSecretsManager;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.template.SecretSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The template's secrets created through Secrets Manager's API, and left as operators rotated them at the next start. */
class SecretProvisioningTest {

    private static final String REGION = "us-east-1";
    private final Store store = Store.inMemory();
    private final LocalSecretsManager secrets = LocalSecretsManager.start(store,
            new ControllableClock(Instant.parse("2026-03-01T10:00:00Z")), REGION, "123456789012");
    private final TemplateProvisioner provisioner = new TemplateProvisioner(REGION,
            new FunctionJars(store, Clock.systemUTC()));

    private JsonNode call(String operation, String json) {
        try {
            return secrets.protocol().handle(operation, Json.WIRE.readTree(json), RequestContext.internal(REGION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTemplatesValueIsTheFirstAndARotatedValueSurvivesTheNextStart() {
        SecretSpec spec = new SecretSpec("Key", "stack/key", null, "the key", "first-value-0123456", null);
        String arn = provisioner.secret(secrets.protocol(), spec);
        assertTrue(arn.matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:stack/key-[A-Za-z0-9]{6}"), arn);
        call("PutSecretValue", "{\"SecretId\": \"stack/key\", \"SecretString\": \"rotated-value-0123456\"}");

        assertEquals(arn, provisioner.secret(secrets.protocol(), spec));
        assertEquals("rotated-value-0123456",
                call("GetSecretValue", "{\"SecretId\": \"stack/key\"}").path("SecretString").asText());
        assertEquals("the key", call("DescribeSecret", "{\"SecretId\": \"stack/key\"}").path("Description").asText());
    }

    @Test
    void generateSecretStringPutsAPasswordIntoTheTemplateUnderItsKey() throws Exception {
        SecretSpec spec = new SecretSpec("Db", "stack/db", null, null, null, """
                {"SecretStringTemplate": "{\\"username\\": \\"app\\"}", "GenerateStringKey": "password",
                 "PasswordLength": 20, "ExcludePunctuation": true}""");
        provisioner.secret(secrets.protocol(), spec);
        JsonNode value = Json.WIRE.readTree(call("GetSecretValue", "{\"SecretId\": \"stack/db\"}")
                .path("SecretString").asText());
        assertEquals("app", value.path("username").asText());
        assertTrue(value.path("password").asText().matches("[A-Za-z0-9]{20}"), value.toString());
    }

    @Test
    void getRandomPasswordRefusesWhatCannotBeMade() {
        assertEquals(32, call("GetRandomPassword", "{}").path("RandomPassword").asText().length());
        AwsServiceException tooShort = assertThrows(AwsServiceException.class,
                () -> call("GetRandomPassword", "{\"PasswordLength\": 3}"));
        assertEquals("InvalidParameterException", tooShort.code());
        assertEquals("Password length is too short based on the required types.", tooShort.getMessage());
    }
}
