package com.apartmentbooking.local.secretsmanager;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a secret: its value (text, or binary as base64, as the wire carries it), when it was made, and
 * the staging labels attached to it. A version without labels is deprecated: still readable by its id, no longer
 * listed.
 */
public record SecretVersion(String versionId, String secretString, String secretBinary, Instant created, List<String> stages) {

    public SecretVersion {
        stages = List.copyOf(stages);
    }

    boolean hasStage(String stage) {
        return stages.contains(stage);
    }

    boolean sameValue(String string, String binary) {
        return Objects.equals(secretString, string) && Objects.equals(secretBinary, binary);
    }

    SecretVersion withStages(List<String> newStages) {
        return new SecretVersion(versionId, secretString, secretBinary, created, newStages);
    }
}
