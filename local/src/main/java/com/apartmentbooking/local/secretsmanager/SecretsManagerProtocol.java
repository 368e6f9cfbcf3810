package com.apartmentbooking.local.secretsmanager;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Secrets Manager's wire adapter (AWS JSON 1.1, target prefix {@code secretsmanager}, errors typed by their plain
 * code): reads each operation's request members, calls {@link SecretsManagerService} and writes AWS's response
 * members. Dates are epoch seconds, as the protocol's timestamps are.
 */
public final class SecretsManagerProtocol implements AwsJsonService {

    /** A secret's value is at most 64 KiB; base64 and the JSON around it fit in the margin. */
    private static final long MAX_REQUEST_BYTES = 1024L * 1024;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SecretsManagerService service;

    SecretsManagerProtocol(SecretsManagerService service) {
        this.service = service;
    }

    @Override
    public String targetPrefix() {
        return "secretsmanager";
    }

    @Override
    public String errorTypePrefix() {
        return "";
    }

    @Override
    public long maxRequestBytes() {
        return MAX_REQUEST_BYTES;
    }

    @Override
    public String jsonVersion() {
        return "1.1";
    }

    @Override
    public boolean crc32Header() {
        return false;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        try {
            return call(operation, request);
        } catch (SecretsManagerException e) {
            throw AwsServiceException.from(e);
        }
    }

    private JsonNode call(String operation, JsonNode request) {
        return switch (operation) {
            case "CreateSecret" -> versionRef(service.createSecret(text(request, "Name"), text(request, "Description"),
                    text(request, "SecretString"), text(request, "SecretBinary"), text(request, "ClientRequestToken")),
                    false);
            case "GetSecretValue" -> secretValue(service.getSecretValue(text(request, "SecretId"),
                    text(request, "VersionId"), text(request, "VersionStage")));
            case "PutSecretValue" -> versionRef(service.putSecretValue(text(request, "SecretId"),
                    text(request, "ClientRequestToken"), text(request, "SecretString"), text(request, "SecretBinary"),
                    strings(request.get("VersionStages"))), true);
            case "DescribeSecret" -> describe(service.describeSecret(text(request, "SecretId")));
            case "UpdateSecretVersionStage" -> {
                Secret secret = service.updateSecretVersionStage(text(request, "SecretId"),
                        text(request, "VersionStage"), text(request, "MoveToVersionId"),
                        text(request, "RemoveFromVersionId"));
                yield JSON.objectNode().put("ARN", secret.arn()).put("Name", secret.name());
            }
            case "ListSecrets" -> listSecrets(request);
            case "ListSecretVersionIds" -> listVersions(service.listSecretVersionIds(text(request, "SecretId"),
                    bool(request, "IncludeDeprecated"), integer(request, "MaxResults"), text(request, "NextToken")));
            case "GetRandomPassword" -> JSON.objectNode().put("RandomPassword", service.randomPassword(
                    new RandomPasswords.Request(integer(request, "PasswordLength"), text(request, "ExcludeCharacters"),
                            bool(request, "ExcludeNumbers"), bool(request, "ExcludePunctuation"),
                            bool(request, "ExcludeUppercase"), bool(request, "ExcludeLowercase"),
                            bool(request, "IncludeSpace"), bool(request, "RequireEachIncludedType"))));
            default -> throw AwsServiceException.unknownOperation();
        };
    }

    private static ObjectNode versionRef(SecretsManagerService.VersionRef ref, boolean withStages) {
        ObjectNode node = JSON.objectNode().put("ARN", ref.arn()).put("Name", ref.name());
        if (ref.versionId() != null) {
            node.put("VersionId", ref.versionId());
        }
        if (withStages) {
            ArrayNode stages = node.putArray("VersionStages");
            ref.stages().forEach(stages::add);
        }
        return node;
    }

    private static ObjectNode secretValue(SecretsManagerService.SecretValue value) {
        SecretVersion version = value.version();
        ObjectNode node = JSON.objectNode().put("ARN", value.secret().arn()).put("Name", value.secret().name())
                .put("VersionId", version.versionId());
        if (version.secretString() != null) {
            node.put("SecretString", version.secretString());
        } else {
            node.put("SecretBinary", version.secretBinary());
        }
        ArrayNode stages = node.putArray("VersionStages");
        version.stages().forEach(stages::add);
        return node.put("CreatedDate", seconds(version.created()));
    }

    private static ObjectNode describe(Secret secret) {
        ObjectNode node = summary(secret);
        node.set("VersionIdsToStages", node.remove("SecretVersionsToStages"));
        return node;
    }

    private JsonNode listSecrets(JsonNode request) {
        SecretsManagerService.Page page = service.listSecrets(integer(request, "MaxResults"),
                text(request, "NextToken"), text(request, "SortOrder"));
        ObjectNode response = JSON.objectNode();
        ArrayNode list = response.putArray("SecretList");
        page.secrets().forEach(secret -> list.add(summary(secret)));
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }

    private static ObjectNode listVersions(SecretsManagerService.VersionPage page) {
        ObjectNode response = JSON.objectNode();
        ArrayNode versions = response.putArray("Versions");
        for (SecretVersion version : page.versions()) {
            ObjectNode node = versions.addObject().put("VersionId", version.versionId());
            ArrayNode stages = node.putArray("VersionStages");
            version.stages().forEach(stages::add);
            node.put("CreatedDate", seconds(version.created()));
        }
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response.put("ARN", page.secret().arn()).put("Name", page.secret().name());
    }

    /** A secret as ListSecrets shows it; DescribeSecret names its versions' labels VersionIdsToStages. */
    private static ObjectNode summary(Secret secret) {
        ObjectNode node = JSON.objectNode().put("ARN", secret.arn()).put("Name", secret.name());
        if (secret.description() != null) {
            node.put("Description", secret.description());
        }
        node.put("LastChangedDate", seconds(secret.lastChanged()));
        if (secret.lastAccessed() != null) {
            node.put("LastAccessedDate", seconds(secret.lastAccessed()));
        }
        ObjectNode stages = node.putObject("SecretVersionsToStages");
        for (SecretVersion version : secret.labelledVersions()) {
            ArrayNode labels = stages.putArray(version.versionId());
            version.stages().forEach(labels::add);
        }
        return node.put("CreatedDate", seconds(secret.created()));
    }

    private static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static Boolean bool(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || array.isNull()) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }
}
