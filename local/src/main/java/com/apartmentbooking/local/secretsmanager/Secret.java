package com.apartmentbooking.local.secretsmanager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A secret as Secrets Manager keeps it: its name and ARN, dates, and its versions in creation order. The staging
 * label rules live here, so that every operation moves labels the same way: a label is on one version at most,
 * and when AWSCURRENT moves, the version it leaves gets AWSPREVIOUS.
 *
 * @param lastAccessed the day GetSecretValue last read it (AWS keeps the date only), or null
 */
public record Secret(String name, String arn, String description, Instant created, Instant lastChanged, Instant lastAccessed,
        List<SecretVersion> versions) {

    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";
    /** Versions without labels beyond this many are dropped, oldest first, as AWS does. */
    static final int MAX_VERSIONS = 100;

    public Secret {
        versions = List.copyOf(versions);
    }

    Optional<SecretVersion> version(String versionId) {
        return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
    }

    Optional<SecretVersion> versionWithStage(String stage) {
        return versions.stream().filter(v -> v.hasStage(stage)).findFirst();
    }

    /** A new version carrying {@code stages}, each label taken from the version that had it. */
    Secret withVersion(SecretVersion version, List<String> stages, Instant now) {
        List<SecretVersion> all = new ArrayList<>(versions);
        all.add(version.withStages(List.of()));
        Secret added = new Secret(name, arn, description, created, now, lastAccessed, all);
        for (String stage : stages) {
            added = added.withStageOn(stage, version.versionId(), now);
        }
        return added.pruned();
    }

    /** {@code stage} moved onto {@code versionId}; AWSCURRENT leaves AWSPREVIOUS behind on the version it left. */
    Secret withStageOn(String stage, String versionId, Instant now) {
        Optional<SecretVersion> holder = versionWithStage(stage);
        if (holder.isPresent() && holder.get().versionId().equals(versionId)) {
            return this;
        }
        Secret moved = relabel(stage, versionId);
        if (stage.equals(CURRENT) && holder.isPresent()) {
            moved = moved.relabel(PREVIOUS, holder.get().versionId());
        }
        return new Secret(name, arn, description, created, now, lastAccessed, moved.versions).pruned();
    }

    /** {@code stage} taken off {@code versionId}. */
    Secret withoutStage(String stage, String versionId, Instant now) {
        List<SecretVersion> all = new ArrayList<>();
        for (SecretVersion version : versions) {
            all.add(version.versionId().equals(versionId) ? version.withStages(without(version.stages(), stage)) : version);
        }
        return new Secret(name, arn, description, created, now, lastAccessed, all).pruned();
    }

    Secret accessedOn(Instant day) {
        return new Secret(name, arn, description, created, lastChanged, day, versions);
    }

    /** The versions with labels, in creation order: those DescribeSecret and ListSecrets show. */
    List<SecretVersion> labelledVersions() {
        return versions.stream().filter(v -> !v.stages().isEmpty()).toList();
    }

    /** The label on {@code versionId} only, off every other version. */
    private Secret relabel(String stage, String versionId) {
        List<SecretVersion> all = new ArrayList<>();
        for (SecretVersion version : versions) {
            List<String> stages = without(version.stages(), stage);
            if (version.versionId().equals(versionId)) {
                stages.add(stage);
            }
            all.add(version.withStages(stages));
        }
        return new Secret(name, arn, description, created, lastChanged, lastAccessed, all);
    }

    private Secret pruned() {
        List<SecretVersion> all = new ArrayList<>(versions);
        while (all.size() > MAX_VERSIONS) {
            Optional<SecretVersion> oldestUnlabelled = all.stream().filter(v -> v.stages().isEmpty()).findFirst();
            if (oldestUnlabelled.isEmpty()) {
                break;
            }
            all.remove(oldestUnlabelled.get());
        }
        return new Secret(name, arn, description, created, lastChanged, lastAccessed, all);
    }

    private static List<String> without(List<String> stages, String stage) {
        List<String> rest = new ArrayList<>(stages);
        rest.remove(stage);
        return rest;
    }
}
