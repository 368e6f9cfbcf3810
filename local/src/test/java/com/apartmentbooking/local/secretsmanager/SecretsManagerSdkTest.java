package com.apartmentbooking.local.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretVersionIdsResponse;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Every operation through the real {@link SecretsManagerClient}: shapes, AWS's errors, and labels through a rotation. */
class SecretsManagerSdkTest {

    private final ControllableClock clock = new ControllableClock(SecretsManagerRuntime.START);
    private SecretsManagerRuntime runtime = new SecretsManagerRuntime(Store.inMemory(), clock);
    private SecretsManagerClient secrets = runtime.client();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void createdSecretHasAnArnWithASixCharacterSuffixAndACurrentVersion() {
        CreateSecretResponse created = secrets.createSecret(r -> r.name("payments/webhook").description("HMAC key")
                .secretString("first-secret-value"));
        assertTrue(created.arn().matches(
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:payments/webhook-[A-Za-z0-9]{6}"), created.arn());
        assertEquals("payments/webhook", created.name());
        assertEquals(36, created.versionId().length());

        GetSecretValueResponse value = secrets.getSecretValue(r -> r.secretId("payments/webhook"));
        assertEquals("first-secret-value", value.secretString());
        assertEquals(created.versionId(), value.versionId());
        assertEquals(List.of("AWSCURRENT"), value.versionStages());
        assertEquals(SecretsManagerRuntime.START, value.createdDate());
        assertEquals(value.versionId(), secrets.getSecretValue(r -> r.secretId(created.arn())).versionId());
        String partialArn = created.arn().substring(0, created.arn().length() - 7);
        assertEquals("first-secret-value", secrets.getSecretValue(r -> r.secretId(partialArn)).secretString());
    }

    @Test
    void binarySecretsComeBackAsTheyWent() {
        secrets.createSecret(r -> r.name("bin").secretBinary(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255})));
        assertEquals(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255}),
                secrets.getSecretValue(r -> r.secretId("bin")).secretBinary());
    }

    @Test
    void aSecretWithoutValueHasNoCurrentVersion() {
        CreateSecretResponse created = secrets.createSecret(r -> r.name("empty"));
        assertNull(created.versionId());
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                () -> secrets.getSecretValue(r -> r.secretId("empty")));
        assertEquals("Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void aRotationKeepsThePreviousVersionReadableUnderAwsPrevious() {
        String first = secrets.createSecret(r -> r.name("s").secretString("one-one-one-one-1")).versionId();
        clock.advance(Duration.ofHours(1));
        PutSecretValueResponse put = secrets.putSecretValue(r -> r.secretId("s").secretString("two-two-two-two-2"));
        assertEquals(List.of("AWSCURRENT"), put.versionStages());

        assertEquals("two-two-two-two-2", secrets.getSecretValue(r -> r.secretId("s")).secretString());
        GetSecretValueResponse previous = secrets.getSecretValue(r -> r.secretId("s").versionStage("AWSPREVIOUS"));
        assertEquals("one-one-one-one-1", previous.secretString());
        assertEquals(first, previous.versionId());
        assertEquals(Map.of(first, List.of("AWSPREVIOUS"), put.versionId(), List.of("AWSCURRENT")),
                secrets.describeSecret(r -> r.secretId("s")).versionIdsToStages());

        // A third value: the first version loses its labels and drops out of the description, still readable by id.
        PutSecretValueResponse third = secrets.putSecretValue(r -> r.secretId("s").secretString("three-three-3"));
        assertEquals(Map.of(put.versionId(), List.of("AWSPREVIOUS"), third.versionId(), List.of("AWSCURRENT")),
                secrets.describeSecret(r -> r.secretId("s")).versionIdsToStages());
        GetSecretValueResponse deprecated = secrets.getSecretValue(r -> r.secretId("s").versionId(first));
        assertEquals("one-one-one-one-1", deprecated.secretString());
        assertEquals(List.of(), deprecated.versionStages());
    }

    @Test
    void aRotationThroughAwsPendingMovesLabelsAsAws() {
        String first = secrets.createSecret(r -> r.name("s").secretString("one-one-one-one-1")).versionId();
        String token = UUID.randomUUID().toString();
        PutSecretValueResponse pending = secrets.putSecretValue(r -> r.secretId("s").clientRequestToken(token)
                .secretString("two-two-two-two-2").versionStages("AWSPENDING"));
        assertEquals(token, pending.versionId());
        assertEquals(List.of("AWSPENDING"), pending.versionStages());
        assertEquals("one-one-one-one-1", secrets.getSecretValue(r -> r.secretId("s")).secretString());
        assertEquals("two-two-two-two-2",
                secrets.getSecretValue(r -> r.secretId("s").versionStage("AWSPENDING")).secretString());

        InvalidParameterException notNamed = assertThrows(InvalidParameterException.class,
                () -> secrets.updateSecretVersionStage(r -> r.secretId("s").versionStage("AWSCURRENT")
                        .moveToVersionId(token)));
        assertEquals("The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is currently "
                + "attached to version " + first + ", so you must explicitly reference that version in "
                + "RemoveFromVersionId.", notNamed.awsErrorDetails().errorMessage());

        secrets.updateSecretVersionStage(r -> r.secretId("s").versionStage("AWSCURRENT").moveToVersionId(token)
                .removeFromVersionId(first));
        assertEquals(Map.of(first, List.of("AWSPREVIOUS"), token, List.of("AWSPENDING", "AWSCURRENT")),
                secrets.describeSecret(r -> r.secretId("s")).versionIdsToStages());
        secrets.updateSecretVersionStage(r -> r.secretId("s").versionStage("AWSPENDING").removeFromVersionId(token));
        assertEquals(Map.of(first, List.of("AWSPREVIOUS"), token, List.of("AWSCURRENT")),
                secrets.describeSecret(r -> r.secretId("s")).versionIdsToStages());

        InvalidParameterException removeCurrent = assertThrows(InvalidParameterException.class,
                () -> secrets.updateSecretVersionStage(r -> r.secretId("s").versionStage("AWSCURRENT")
                        .removeFromVersionId(token)));
        assertTrue(removeCurrent.awsErrorDetails().errorMessage().contains("AWSCURRENT"));
    }

    @Test
    void theSameTokenIsIdempotentWithTheSameValueAndRefusedWithAnother() {
        secrets.createSecret(r -> r.name("s").secretString("one-one-one-one-1"));
        String token = UUID.randomUUID().toString();
        PutSecretValueResponse first = secrets.putSecretValue(r -> r.secretId("s").clientRequestToken(token)
                .secretString("two-two-two-two-2"));
        PutSecretValueResponse again = secrets.putSecretValue(r -> r.secretId("s").clientRequestToken(token)
                .secretString("two-two-two-two-2"));
        assertEquals(first.versionId(), again.versionId());
        assertEquals(2, secrets.describeSecret(r -> r.secretId("s")).versionIdsToStages().size());

        ResourceExistsException changed = assertThrows(ResourceExistsException.class,
                () -> secrets.putSecretValue(r -> r.secretId("s").clientRequestToken(token).secretString("other")));
        assertEquals("You can't modify an existing version, you can only create a new version.",
                changed.awsErrorDetails().errorMessage());
        assertEquals("two-two-two-two-2", secrets.getSecretValue(r -> r.secretId("s")).secretString());
    }

    @Test
    void errorsComeWithAwsCodesAndWords() {
        secrets.createSecret(r -> r.name("s").secretString("value"));
        assertEquals("The operation failed because the secret s already exists.", assertThrows(
                ResourceExistsException.class, () -> secrets.createSecret(r -> r.name("s").secretString("x")))
                .awsErrorDetails().errorMessage());
        assertEquals("Secrets Manager can't find the specified secret.", assertThrows(ResourceNotFoundException.class,
                () -> secrets.getSecretValue(r -> r.secretId("missing"))).awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> secrets.describeSecret(r -> r.secretId(
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:s-AAAAAA")));
        assertEquals("Secrets Manager can't find the specified secret value for staging label: AWSPENDING",
                assertThrows(ResourceNotFoundException.class, () -> secrets.getSecretValue(r -> r.secretId("s")
                        .versionStage("AWSPENDING"))).awsErrorDetails().errorMessage());
        String current = secrets.getSecretValue(r -> r.secretId("s")).versionId();
        assertEquals("You provided a VersionStage that is not associated to the provided VersionId.", assertThrows(
                InvalidRequestException.class, () -> secrets.getSecretValue(r -> r.secretId("s").versionId(current)
                        .versionStage("AWSPREVIOUS"))).awsErrorDetails().errorMessage());
        assertEquals("You must provide either SecretString or SecretBinary.", assertThrows(
                InvalidRequestException.class, () -> secrets.putSecretValue(r -> r.secretId("s")))
                .awsErrorDetails().errorMessage());

        SecretsManagerException badName = assertThrows(SecretsManagerException.class,
                () -> secrets.createSecret(r -> r.name("no spaces").secretString("x")));
        assertEquals("ValidationException", badName.awsErrorDetails().errorCode());
        assertEquals("Invalid name. Must be a valid name containing alphanumeric characters, or any of the "
                + "following: -/_+=.@!", badName.awsErrorDetails().errorMessage());
        SecretsManagerException shortToken = assertThrows(SecretsManagerException.class,
                () -> secrets.putSecretValue(r -> r.secretId("s").clientRequestToken("short").secretString("x")));
        assertEquals("1 validation error detected: Value 'short' at 'clientRequestToken' failed to satisfy "
                + "constraint: Member must have length greater than or equal to 32",
                shortToken.awsErrorDetails().errorMessage());
        SecretsManagerException tooLarge = assertThrows(SecretsManagerException.class,
                () -> secrets.putSecretValue(r -> r.secretId("s").secretString("x".repeat(65_537))));
        assertFalse(tooLarge.awsErrorDetails().errorMessage().contains("xxxx"), "the value is not quoted");
        assertEquals("value", secrets.getSecretValue(r -> r.secretId("s")).secretString(), "nothing changed");
    }

    @Test
    void listSecretVersionIdsShowsLabelledVersionsNewestFirstAndDeprecatedOnesOnRequest() {
        String first = secrets.createSecret(r -> r.name("s").secretString("one-one-one-one-1")).versionId();
        clock.advance(Duration.ofMinutes(1));
        String second = secrets.putSecretValue(r -> r.secretId("s").secretString("two-two-two-two-2")).versionId();
        clock.advance(Duration.ofMinutes(1));
        String third = secrets.putSecretValue(r -> r.secretId("s").secretString("three-three-3")).versionId();

        ListSecretVersionIdsResponse labelled = secrets.listSecretVersionIds(r -> r.secretId("s"));
        assertEquals(List.of(third, second), labelled.versions().stream().map(SecretVersionsListEntry::versionId)
                .toList());
        assertEquals(List.of("AWSPREVIOUS"), labelled.versions().get(1).versionStages());
        ListSecretVersionIdsResponse page = secrets.listSecretVersionIds(r -> r.secretId("s").includeDeprecated(true)
                .maxResults(2));
        assertEquals(2, page.versions().size());
        assertEquals(List.of(first), secrets.listSecretVersionIds(r -> r.secretId("s").includeDeprecated(true)
                .nextToken(page.nextToken())).versions().stream().map(SecretVersionsListEntry::versionId).toList());
    }

    @Test
    void describeShowsDatesOnTheRuntimeClock() {
        secrets.createSecret(r -> r.name("s").description("the key").secretString("value"));
        clock.advance(Duration.ofDays(2));
        secrets.putSecretValue(r -> r.secretId("s").secretString("value-2"));
        secrets.getSecretValue(r -> r.secretId("s"));
        DescribeSecretResponse described = secrets.describeSecret(r -> r.secretId("s"));
        assertEquals("the key", described.description());
        assertEquals(SecretsManagerRuntime.START, described.createdDate());
        assertEquals(SecretsManagerRuntime.START.plus(Duration.ofDays(2)), described.lastChangedDate());
        assertEquals(Instant.parse("2026-03-03T00:00:00Z"), described.lastAccessedDate());
    }

    @Test
    void listSecretsPagesNewestFirst() {
        for (String name : List.of("a", "b", "c")) {
            secrets.createSecret(r -> r.name(name).secretString("v"));
            clock.advance(Duration.ofMinutes(1));
        }
        ListSecretsResponse first = secrets.listSecrets(r -> r.maxResults(2));
        assertEquals(List.of("c", "b"), first.secretList().stream().map(SecretListEntry::name).toList());
        ListSecretsResponse last = secrets.listSecrets(r -> r.maxResults(2).nextToken(first.nextToken()));
        assertEquals(List.of("a"), last.secretList().stream().map(SecretListEntry::name).toList());
        assertNull(last.nextToken());
        assertEquals(1, last.secretList().get(0).secretVersionsToStages().size());
        assertEquals(List.of("a", "b", "c"), secrets.listSecrets(r -> r.sortOrder("asc")).secretList().stream()
                .map(SecretListEntry::name).toList());
        assertEquals("InvalidNextTokenException", assertThrows(SecretsManagerException.class,
                () -> secrets.listSecrets(r -> r.nextToken("not-a-token"))).awsErrorDetails().errorCode());
    }

    @Test
    void secretsAndTheirLabelsSurviveARestart(@TempDir Path data) {
        runtime.close();
        runtime = new SecretsManagerRuntime(Store.open(data), clock);
        secrets = runtime.client();
        String arn = secrets.createSecret(r -> r.name("s").secretString("one-one-one-one-1")).arn();
        String second = secrets.putSecretValue(r -> r.secretId("s").secretString("two-two-two-two-2")).versionId();
        runtime.close();

        runtime = new SecretsManagerRuntime(Store.open(data), clock);
        secrets = runtime.client();
        GetSecretValueResponse current = secrets.getSecretValue(r -> r.secretId(arn));
        assertEquals("two-two-two-two-2", current.secretString());
        assertEquals(second, current.versionId());
        assertEquals("one-one-one-one-1",
                secrets.getSecretValue(r -> r.secretId("s").versionStage("AWSPREVIOUS")).secretString());
        assertNotEquals(arn, secrets.createSecret(r -> r.name("t").secretString("x")).arn());
    }
}
