package com.apartmentbooking.local.secretsmanager;

import com.apartmentbooking.local.clock.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Secrets Manager's behaviour: secrets, their versions and staging labels, with AWS's validation. Every change is
 * one store transaction, checked in full before it writes, so a refused request changes nothing.
 */
public final class SecretsManagerService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]+");
    private static final int MAX_NAME = 512;
    private static final int MAX_SECRET_ID = 2048;
    private static final int MAX_DESCRIPTION = 2048;
    private static final int MAX_VALUE_BYTES = 65_536;
    private static final int MIN_TOKEN = 32;
    private static final int MAX_TOKEN = 64;
    private static final int MAX_STAGE = 256;
    private static final int MAX_STAGES = 20;

    private final SecretsManagerStore store;
    private final Clock clock;
    private final SecretArns arns;
    private final RandomPasswords passwords = new RandomPasswords();

    SecretsManagerService(SecretsManagerStore store, Clock clock, SecretArns arns) {
        this.store = store;
        this.clock = clock;
        this.arns = arns;
    }

    /** What CreateSecret and PutSecretValue answer: the secret and the version they made (null if none). */
    public record VersionRef(String arn, String name, String versionId, List<String> stages) {
    }

    /** What GetSecretValue answers. */
    public record SecretValue(Secret secret, SecretVersion version) {
    }

    /**
     * Creates a secret, with a first version labelled AWSCURRENT when a value is given.
     *
     * @param secretBinary the binary value as base64, as the wire carries it
     */
    public VersionRef createSecret(String name, String description, String secretString, String secretBinary,
            String clientRequestToken) {
        checkName(name);
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw SecretsManagerErrors.constraint(description, "description",
                    "Member must have length less than or equal to " + MAX_DESCRIPTION);
        }
        checkValue(secretString, secretBinary, false);
        String versionId = versionId(clientRequestToken);
        Instant now = clock.now();
        return store.writeReturning(w -> {
            if (w.secret(name) != null) {
                throw SecretsManagerErrors.secretExists(name);
            }
            Secret secret = new Secret(name, arns.newArn(name), description, now, now, null, List.of());
            boolean hasValue = secretString != null || secretBinary != null;
            if (hasValue) {
                secret = secret.withVersion(new SecretVersion(versionId, secretString, secretBinary, now, List.of()),
                        List.of(Secret.CURRENT), now);
            }
            w.putSecret(secret);
            return new VersionRef(secret.arn(), name, hasValue ? versionId : null,
                    hasValue ? List.of(Secret.CURRENT) : List.of());
        });
    }

    /**
     * The version {@code versionId} names, or the one carrying {@code versionStage} (AWSCURRENT when neither is
     * given); both given must name the same version.
     */
    public SecretValue getSecretValue(String secretId, String versionId, String versionStage) {
        checkSecretId(secretId);
        if (versionId != null) {
            checkToken(versionId, "versionId");
        }
        if (versionStage != null) {
            checkStage(versionStage, "versionStage");
        }
        SecretValue value = store.read(r -> {
            Secret secret = find(r, secretId);
            SecretVersion version;
            if (versionId != null) {
                version = secret.version(versionId).orElseThrow(() -> SecretsManagerErrors.versionNotFound(versionId));
                if (versionStage != null && !version.hasStage(versionStage)) {
                    throw SecretsManagerErrors.stageNotOnVersion();
                }
            } else {
                String stage = versionStage == null ? Secret.CURRENT : versionStage;
                version = secret.versionWithStage(stage).orElseThrow(() -> SecretsManagerErrors.stageNotFound(stage));
            }
            return new SecretValue(secret, version);
        });
        // AWS keeps the day of the last read only, so a read writes at most once a day.
        Instant today = clock.now().truncatedTo(ChronoUnit.DAYS);
        if (!today.equals(value.secret().lastAccessed())) {
            store.write(w -> {
                Secret secret = w.secret(value.secret().name());
                if (secret != null) {
                    w.putSecret(secret.accessedOn(today));
                }
            });
        }
        return value;
    }

    /**
     * Adds a version. The token is its id: a token already used with the same value answers that version again
     * and changes nothing; with another value it is refused. Without {@code stages} the version becomes AWSCURRENT
     * and the version that was current becomes AWSPREVIOUS.
     */
    public VersionRef putSecretValue(String secretId, String clientRequestToken, String secretString,
            String secretBinary, List<String> stages) {
        checkSecretId(secretId);
        checkValue(secretString, secretBinary, true);
        List<String> labels = stages == null ? List.of(Secret.CURRENT) : stages;
        if (stages != null) {
            checkStages(stages);
        }
        String versionId = versionId(clientRequestToken);
        Instant now = clock.now();
        return store.writeReturning(w -> {
            Secret secret = find(w, secretId);
            SecretVersion existing = secret.version(versionId).orElse(null);
            if (existing != null) {
                if (!existing.sameValue(secretString, secretBinary)) {
                    throw SecretsManagerErrors.versionExists();
                }
                return new VersionRef(secret.arn(), secret.name(), versionId, existing.stages());
            }
            Secret updated = secret.withVersion(new SecretVersion(versionId, secretString, secretBinary, now, List.of()),
                    labels, now);
            w.putSecret(updated);
            return new VersionRef(updated.arn(), updated.name(), versionId,
                    updated.version(versionId).orElseThrow().stages());
        });
    }

    public Secret describeSecret(String secretId) {
        checkSecretId(secretId);
        return store.read(r -> find(r, secretId));
    }

    /**
     * Moves {@code stage} to {@code moveToVersionId}, or takes it off {@code removeFromVersionId}. A label on
     * another version moves only when that version is named in {@code removeFromVersionId}, so that a rotation
     * never takes AWSCURRENT from a version it did not expect to hold it.
     */
    public Secret updateSecretVersionStage(String secretId, String stage, String moveToVersionId,
            String removeFromVersionId) {
        checkSecretId(secretId);
        checkStage(stage, "versionStage");
        if (moveToVersionId != null) {
            checkToken(moveToVersionId, "moveToVersionId");
        }
        if (removeFromVersionId != null) {
            checkToken(removeFromVersionId, "removeFromVersionId");
        }
        if (moveToVersionId == null && removeFromVersionId == null) {
            throw SecretsManagerErrors.invalidParameter(
                    "You must specify either MoveToVersionId or RemoveFromVersionId.");
        }
        Instant now = clock.now();
        return store.writeReturning(w -> {
            Secret secret = find(w, secretId);
            String holder = secret.versionWithStage(stage).map(SecretVersion::versionId).orElse(null);
            if (removeFromVersionId != null) {
                secret.version(removeFromVersionId)
                        .orElseThrow(() -> SecretsManagerErrors.versionNotFound(removeFromVersionId));
                if (!removeFromVersionId.equals(holder)) {
                    throw SecretsManagerErrors.invalidParameter("The staging label " + stage
                            + " is not attached to version " + removeFromVersionId + ".");
                }
            }
            Secret updated;
            if (moveToVersionId != null) {
                secret.version(moveToVersionId).orElseThrow(() -> SecretsManagerErrors.versionNotFound(moveToVersionId));
                if (holder != null && !holder.equals(moveToVersionId) && removeFromVersionId == null) {
                    throw SecretsManagerErrors.invalidParameter("The parameter RemoveFromVersionId can't be empty. "
                            + "Staging label " + stage + " is currently attached to version " + holder
                            + ", so you must explicitly reference that version in RemoveFromVersionId.");
                }
                updated = secret.withStageOn(stage, moveToVersionId, now);
            } else {
                if (stage.equals(Secret.CURRENT)) {
                    throw SecretsManagerErrors.invalidParameter("You can only move staging label AWSCURRENT to a "
                            + "different secret version. It can't be completely removed.");
                }
                updated = secret.withoutStage(stage, removeFromVersionId, now);
            }
            w.putSecret(updated);
            return updated;
        });
    }

    /**
     * A page of the secrets, by creation date (newest first unless {@code sortOrder} is {@code asc}), then name.
     */
    public Page listSecrets(Integer maxResults, String nextToken, String sortOrder) {
        if (maxResults != null && (maxResults < 1 || maxResults > Paging.MAX_RESULTS)) {
            throw SecretsManagerErrors.constraint(maxResults.toString(), "maxResults", maxResults < 1
                    ? "Member must have value greater than or equal to 1"
                    : "Member must have value less than or equal to " + Paging.MAX_RESULTS);
        }
        if (sortOrder != null && !sortOrder.equals("asc") && !sortOrder.equals("desc")) {
            throw SecretsManagerErrors.constraint(sortOrder, "sortOrder", "Member must satisfy enum value set: [asc, desc]");
        }
        List<Secret> all = store.read(SecretsManagerStore.Reads::secrets);
        return Paging.page(all, !"asc".equals(sortOrder), maxResults, nextToken);
    }

    /**
     * A page of the secret's versions, newest first: those with labels, and the deprecated ones too when
     * {@code includeDeprecated}.
     */
    public VersionPage listSecretVersionIds(String secretId, Boolean includeDeprecated, Integer maxResults,
            String nextToken) {
        checkSecretId(secretId);
        if (maxResults != null && (maxResults < 1 || maxResults > Paging.MAX_RESULTS)) {
            throw SecretsManagerErrors.constraint(maxResults.toString(), "maxResults", maxResults < 1
                    ? "Member must have value greater than or equal to 1"
                    : "Member must have value less than or equal to " + Paging.MAX_RESULTS);
        }
        Secret secret = store.read(r -> find(r, secretId));
        List<SecretVersion> versions = new ArrayList<>(Boolean.TRUE.equals(includeDeprecated) ? secret.versions()
                : secret.labelledVersions());
        Collections.reverse(versions);
        int start = 0;
        if (nextToken != null) {
            start = versions.stream().map(SecretVersion::versionId).toList().indexOf(nextToken) + 1;
            if (start == 0) {
                throw SecretsManagerErrors.invalidNextToken();
            }
        }
        int end = Math.min(versions.size(), start + (maxResults == null ? Paging.MAX_RESULTS : maxResults));
        return new VersionPage(secret, List.copyOf(versions.subList(start, end)),
                end < versions.size() ? versions.get(end - 1).versionId() : null);
    }

    /** One page of ListSecretVersionIds and the token of the next (null when it is the last). */
    public record VersionPage(Secret secret, List<SecretVersion> versions, String nextToken) {
    }

    /** A random password (GetRandomPassword); nothing is stored. */
    public String randomPassword(RandomPasswords.Request request) {
        return passwords.generate(request);
    }

    /** One page of ListSecrets and the token of the next (null when it is the last). */
    public record Page(List<Secret> secrets, String nextToken) {
    }

    private static Secret find(SecretsManagerStore.Reads reads, String secretId) {
        if (SecretArns.isArn(secretId)) {
            return reads.secrets().stream().filter(s -> SecretArns.names(secretId, s)).findFirst()
                    .orElseThrow(SecretsManagerErrors::secretNotFound);
        }
        Secret secret = reads.secret(secretId);
        if (secret == null) {
            throw SecretsManagerErrors.secretNotFound();
        }
        return secret;
    }

    private static String versionId(String clientRequestToken) {
        if (clientRequestToken == null) {
            return UUID.randomUUID().toString();
        }
        checkToken(clientRequestToken, "clientRequestToken");
        return clientRequestToken;
    }

    private static void checkName(String name) {
        if (name == null) {
            throw SecretsManagerErrors.constraint(null, "name", "Member must not be null");
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw SecretsManagerErrors.constraint(name, "name", name.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_NAME);
        }
        if (!NAME.matcher(name).matches()) {
            throw SecretsManagerErrors.invalidName();
        }
    }

    private static void checkSecretId(String secretId) {
        if (secretId == null) {
            throw SecretsManagerErrors.constraint(null, "secretId", "Member must not be null");
        }
        if (secretId.isEmpty() || secretId.length() > MAX_SECRET_ID) {
            throw SecretsManagerErrors.constraint(secretId, "secretId", secretId.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_SECRET_ID);
        }
    }

    private static void checkValue(String secretString, String secretBinary, boolean required) {
        if (secretString != null && secretBinary != null) {
            throw SecretsManagerErrors.bothValues();
        }
        if (required && secretString == null && secretBinary == null) {
            throw SecretsManagerErrors.noValue();
        }
        if (secretString != null && secretString.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw SecretsManagerErrors.sensitiveConstraint("secretString",
                    "Member must have length less than or equal to " + MAX_VALUE_BYTES);
        }
        if (secretBinary != null && binaryLength(secretBinary) > MAX_VALUE_BYTES) {
            throw SecretsManagerErrors.sensitiveConstraint("secretBinary",
                    "Member must have length less than or equal to " + MAX_VALUE_BYTES);
        }
    }

    private static int binaryLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            throw SecretsManagerErrors.invalidParameter("SecretBinary is not valid base64.");
        }
    }

    private static void checkToken(String token, String member) {
        if (token.length() < MIN_TOKEN || token.length() > MAX_TOKEN) {
            throw SecretsManagerErrors.constraint(token, member, token.length() < MIN_TOKEN
                    ? "Member must have length greater than or equal to " + MIN_TOKEN
                    : "Member must have length less than or equal to " + MAX_TOKEN);
        }
    }

    private static void checkStage(String stage, String member) {
        if (stage == null) {
            throw SecretsManagerErrors.constraint(null, member, "Member must not be null");
        }
        if (stage.isEmpty() || stage.length() > MAX_STAGE) {
            throw SecretsManagerErrors.constraint(stage, member, stage.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_STAGE);
        }
    }

    private static void checkStages(List<String> stages) {
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw SecretsManagerErrors.constraint(stages.toString(), "versionStages", stages.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_STAGES);
        }
        stages.forEach(stage -> checkStage(stage, "versionStages.member"));
    }
}
