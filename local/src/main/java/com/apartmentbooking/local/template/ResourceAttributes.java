package com.apartmentbooking.local.template;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@code Ref} and {@code Fn::GetAtt} return for each resource, as AWS would return it but for this
 * machine: physical names are the resource's own name property when the template gives one, else
 * {@code <stack>-<LogicalId>} (CloudFormation's pattern without the random suffix, so names are stable across
 * restarts and recognisable); ARNs are {@code arn:aws:<service>:<region>:<account>:...}; URLs point at the
 * runtime's endpoint. Also answers for the resources the SAM transform generates, under SAM's names:
 * {@code <Function>Role}, {@code <Function>Url}, {@code <Function>.Alias}, {@code <Function>Alias<alias>},
 * {@code <Function><EventId>} (event source mapping), {@code <StateMachine>Role} and
 * {@code <StateMachine><EventId>} (EventBridge rule).
 */
final class ResourceAttributes {

    /** A resource the SAM transform adds, and the template resource it comes from. */
    private record Generated(String type, String parentId, Map<String, Object> detail) {
    }

    private static final int API_ID_LENGTH = 26;
    private static final Map<String, String> NAME_PROPERTIES = Map.ofEntries(
            Map.entry("AWS::Serverless::Function", "FunctionName"),
            Map.entry("AWS::DynamoDB::Table", "TableName"),
            Map.entry("AWS::Events::EventBus", "Name"),
            Map.entry("AWS::SQS::Queue", "QueueName"),
            Map.entry("AWS::SecretsManager::Secret", "Name"),
            Map.entry("AWS::Serverless::StateMachine", "Name"),
            Map.entry("AWS::IAM::Role", "RoleName"),
            Map.entry("AWS::Logs::LogGroup", "LogGroupName"),
            Map.entry("AWS::AppSync::DataSource", "Name"),
            Map.entry("AWS::AppSync::GraphQLApi", "Name"),
            Map.entry("AWS::AppSync::FunctionConfiguration", "Name"));

    private final StackSettings settings;
    private final Map<String, Map<String, Object>> resources;
    private final Map<String, String> excluded;
    private final Map<String, Generated> generated = new LinkedHashMap<>();
    private final Intrinsics intrinsics;
    private final ApiKeyValues apiKeys;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<String> namesInProgress = new HashSet<>();

    /**
     * @param resources the resources whose Condition holds, by logical id
     * @param excluded the resources left out by their Condition, with that condition's name
     * @param functionGlobals Globals.Function, which decides whether a function has an alias or a URL
     * @param apiKeys the values of the AppSync API keys, asked only when a key's value is referenced
     */
    ResourceAttributes(StackSettings settings, Map<String, Map<String, Object>> resources,
            Map<String, String> excluded, Map<String, Object> functionGlobals, Intrinsics intrinsics,
            ApiKeyValues apiKeys) {
        this.settings = settings;
        this.resources = resources;
        this.excluded = excluded;
        this.intrinsics = intrinsics;
        this.apiKeys = apiKeys;
        resources.forEach((id, resource) -> {
            String type = type(id);
            Map<String, Object> properties = Values.map(resource.get("Properties"), id + ".Properties");
            if (type.equals("AWS::Serverless::Function")) {
                generated.put(id + "Role", new Generated("AWS::IAM::Role", id, Map.of()));
                Object alias = properties.getOrDefault("AutoPublishAlias", functionGlobals.get("AutoPublishAlias"));
                if (alias != null) {
                    String aliasName = Values.string(alias, id + ".AutoPublishAlias");
                    Generated aliasResource = new Generated("AWS::Lambda::Alias", id, Map.of("Name", aliasName));
                    generated.put(id + ".Alias", aliasResource);
                    generated.put(id + "Alias" + aliasName, aliasResource);
                }
                if (properties.containsKey("FunctionUrlConfig") || functionGlobals.containsKey("FunctionUrlConfig")) {
                    generated.put(id + "Url", new Generated("AWS::Lambda::Url", id, Map.of()));
                }
                Values.map(properties.get("Events"), id + ".Events").forEach((eventId, event) -> generated.put(
                        id + eventId, new Generated("AWS::Lambda::EventSourceMapping", id, Map.of())));
            }
            if (type.equals("AWS::Serverless::StateMachine")) {
                generated.put(id + "Role", new Generated("AWS::IAM::Role", id, Map.of()));
                Values.map(properties.get("Events"), id + ".Events").forEach((eventId, event) -> {
                    Map<String, Object> eventMap = Values.map(event, id + ".Events." + eventId);
                    if ("EventBridgeRule".equals(eventMap.get("Type"))) {
                        generated.put(id + eventId, new Generated("AWS::Events::Rule", id,
                                Values.map(eventMap.get("Properties"), id + ".Events." + eventId)));
                    }
                });
            }
        });
    }

    String type(String id) {
        Map<String, Object> resource = resources.get(id);
        if (resource == null) {
            Generated made = generated.get(id);
            if (made != null) {
                return made.type();
            }
            throw unknown(id, "resource " + id);
        }
        return Values.string(resource.get("Type"), "resource " + id + ".Type");
    }

    /** The template resource that id is, or that generated it; null when id names no resource. */
    String owner(String id) {
        if (resources.containsKey(id)) {
            return id;
        }
        Generated made = generated.get(id);
        return made == null ? null : made.parentId();
    }

    boolean exists(String id) {
        return resources.containsKey(id) || generated.containsKey(id);
    }

    /** The resource's physical name: its name property, else {@code <stack>-<LogicalId>}. */
    String physicalName(String id) {
        String known = names.get(id);
        if (known != null) {
            return known;
        }
        if (!namesInProgress.add(id)) {
            throw new TemplateException("resource " + id + ": its name depends on itself");
        }
        String name = settings.stackName() + "-" + id;
        Map<String, Object> resource = resources.get(id);
        String property = resource == null ? null : NAME_PROPERTIES.get(type(id));
        if (property != null) {
            Object declared = Values.map(resource.get("Properties"), id + ".Properties").get(property);
            if (declared != null) {
                name = intrinsics.resolveString(declared, id + ".Properties." + property);
            }
        }
        if (resource == null && type(id).equals("AWS::Events::Rule")) {
            Object declared = generated.get(id).detail().get("RuleName");
            if (declared != null) {
                name = intrinsics.resolveString(declared, id + ".RuleName");
            }
        }
        namesInProgress.remove(id);
        names.put(id, name);
        return name;
    }

    Object ref(String id, String where) {
        if (!exists(id)) {
            throw unknown(id, where + ": Ref");
        }
        String type = type(id);
        switch (type) {
            case "AWS::SQS::Queue":
                return queueUrl(id);
            case "AWS::Serverless::StateMachine":
            case "AWS::AppSync::GraphQLApi":
            case "AWS::AppSync::ApiKey":
            case "AWS::Lambda::Alias":
            case "AWS::Lambda::Url":
                return getAtt(id, "Arn", where);
            case "AWS::AppSync::DataSource":
                return getAtt(id, "DataSourceArn", where);
            case "AWS::AppSync::FunctionConfiguration":
                return getAtt(id, "FunctionArn", where);
            case "AWS::AppSync::Resolver":
                return getAtt(id, "ResolverArn", where);
            case "AWS::SecretsManager::Secret":
                return getAtt(id, "Id", where);
            default:
                break;
        }
        ResourceKind kind = ResourceKind.of(type);
        if (kind == ResourceKind.UNKNOWN && !generated.containsKey(id)) {
            throw notUnderstood(id, type, where + ": Ref");
        }
        return physicalName(id);
    }

    Object getAtt(String id, String attribute, String where) {
        if (!exists(id)) {
            throw unknown(id, where + ": Fn::GetAtt " + id + "." + attribute);
        }
        String type = type(id);
        String prefix = "arn:aws:%s:" + settings.region() + ":" + settings.accountId() + ":";
        String value = switch (type + "." + attribute) {
            case "AWS::Serverless::Function.Arn" -> functionArn(id);
            case "AWS::Lambda::Alias.Arn" -> functionArn(generated.get(id).parentId()) + ":"
                    + generated.get(id).detail().get("Name");
            case "AWS::Lambda::Url.FunctionUrl" -> settings.base() + "/lambda-url/"
                    + physicalName(generated.get(id).parentId()) + "/";
            case "AWS::Lambda::Url.FunctionArn", "AWS::Lambda::Url.Arn" -> functionArn(generated.get(id).parentId());
            case "AWS::DynamoDB::Table.Arn" -> tableArn(id);
            case "AWS::DynamoDB::Table.StreamArn" -> tableStreamArn(id, where);
            case "AWS::Events::EventBus.Arn" -> String.format(prefix, "events") + "event-bus/" + physicalName(id);
            case "AWS::Events::EventBus.Name" -> physicalName(id);
            case "AWS::Events::Rule.Arn" -> String.format(prefix, "events") + "rule/" + ruleBusPath(id)
                    + physicalName(id);
            case "AWS::SQS::Queue.Arn" -> String.format(prefix, "sqs") + physicalName(id);
            case "AWS::SQS::Queue.QueueName" -> physicalName(id);
            case "AWS::SQS::Queue.QueueUrl" -> queueUrl(id);
            case "AWS::SecretsManager::Secret.Id" -> secretArn(id);
            case "AWS::Serverless::StateMachine.Arn" -> String.format(prefix, "states") + "stateMachine:"
                    + physicalName(id);
            case "AWS::Serverless::StateMachine.Name" -> physicalName(id);
            case "AWS::AppSync::GraphQLApi.Arn" -> apiArn(apiId(id));
            case "AWS::AppSync::GraphQLApi.ApiId" -> apiId(id);
            case "AWS::AppSync::GraphQLApi.GraphQLUrl" -> settings.base() + "/graphql/" + apiId(id);
            case "AWS::AppSync::GraphQLApi.RealtimeUrl" -> settings.realtimeBase() + "/graphql/" + apiId(id)
                    + "/realtime";
            case "AWS::AppSync::GraphQLApi.GraphQLDns", "AWS::AppSync::GraphQLApi.RealtimeDns" -> settings.authority();
            case "AWS::AppSync::GraphQLApi.GraphQLEndpointArn" -> String.format(prefix, "appsync")
                    + "endpoints/graphql-api/" + apiId(id);
            case "AWS::AppSync::ApiKey.ApiKey", "AWS::AppSync::ApiKey.ApiKeyId" -> apiKeys.value(id);
            case "AWS::AppSync::ApiKey.Arn" -> apiArn(apiIdOf(id)) + "/apikeys/" + apiKeys.value(id);
            case "AWS::AppSync::DataSource.Name" -> physicalName(id);
            case "AWS::AppSync::DataSource.DataSourceArn" -> apiArn(apiIdOf(id)) + "/datasources/" + physicalName(id);
            // Like the API id, a function's id is its logical id rather than one AppSync would generate.
            case "AWS::AppSync::FunctionConfiguration.FunctionId" -> id;
            case "AWS::AppSync::FunctionConfiguration.FunctionArn" -> apiArn(apiIdOf(id)) + "/functions/" + id;
            case "AWS::AppSync::FunctionConfiguration.Name" -> physicalName(id);
            case "AWS::AppSync::FunctionConfiguration.DataSourceName" -> property(id, "DataSourceName");
            case "AWS::AppSync::Resolver.ResolverArn" -> apiArn(apiIdOf(id)) + "/types/" + property(id, "TypeName")
                    + "/resolvers/" + property(id, "FieldName");
            case "AWS::AppSync::Resolver.TypeName" -> property(id, "TypeName");
            case "AWS::AppSync::Resolver.FieldName" -> property(id, "FieldName");
            case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + settings.accountId() + ":role/" + physicalName(id);
            case "AWS::Logs::LogGroup.Arn" -> String.format(prefix, "logs") + "log-group:" + physicalName(id) + ":*";
            default -> null;
        };
        if (value != null) {
            return value;
        }
        if (ResourceKind.of(type) == ResourceKind.UNKNOWN && !generated.containsKey(id)) {
            throw notUnderstood(id, type, where + ": Fn::GetAtt " + id + "." + attribute);
        }
        throw new TemplateException(where + ": Fn::GetAtt " + id + "." + attribute + ": the local runtime gives "
                + type + " no attribute " + attribute);
    }

    /**
     * An API's id in AppSync's form, 26 lowercase letters and digits (clients recognise AppSync's host names by
     * it), derived from the stack and the logical id so that it is the same at every start.
     */
    private String apiId(String id) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest((settings.stackName() + "/" + id)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        String base36 = new BigInteger(1, digest).toString(36);
        return base36.substring(base36.length() - API_ID_LENGTH);
    }

    private String apiArn(String apiId) {
        return "arn:aws:appsync:" + settings.region() + ":" + settings.accountId() + ":apis/" + apiId;
    }

    /** The API an AppSync resource belongs to, by its ApiId property. */
    private String apiIdOf(String id) {
        return property(id, "ApiId");
    }

    private String property(String id, String name) {
        Object declared = Values.map(resources.get(id).get("Properties"), id + ".Properties").get(name);
        if (declared == null) {
            throw new TemplateException("resource " + id + ": " + name + " is required");
        }
        return intrinsics.resolveString(declared, id + ".Properties." + name);
    }

    String functionArn(String id) {
        return "arn:aws:lambda:" + settings.region() + ":" + settings.accountId() + ":function:" + physicalName(id);
    }

    String tableArn(String id) {
        return "arn:aws:dynamodb:" + settings.region() + ":" + settings.accountId() + ":table/" + physicalName(id);
    }

    /**
     * A table's stream ARN. AWS labels a stream with its creation time, so the real ARN is known once the table
     * exists; before that (the runtime's first resolution, which only creates the tables) the label is
     * {@code pending}, an ARN no stream has.
     */
    private String tableStreamArn(String id, String where) {
        Map<String, Object> properties = Values.map(resources.get(id).get("Properties"), id + ".Properties");
        if (!properties.containsKey("StreamSpecification")) {
            throw new TemplateException(where + ": Fn::GetAtt " + id + ".StreamArn: the table has no StreamSpecification");
        }
        String existing = settings.streamArns().get(physicalName(id));
        return existing != null ? existing : tableArn(id) + "/stream/pending";
    }

    /**
     * A secret's ARN. AWS ends it with a random suffix, so the real ARN is known once the secret exists; before
     * that (the runtime's first resolution, which creates the secrets) the suffix is {@code pending}, which no
     * secret's six-character suffix is.
     */
    String secretArn(String id) {
        String existing = settings.secretArns().get(physicalName(id));
        return existing != null ? existing : "arn:aws:secretsmanager:" + settings.region() + ":" + settings.accountId()
                + ":secret:" + physicalName(id) + "-pending";
    }

    private String queueUrl(String id) {
        return settings.base() + "/" + settings.accountId() + "/" + physicalName(id);
    }

    /** A rule on the default bus has ARN rule/<name>; on another bus rule/<bus>/<name>. */
    private String ruleBusPath(String id) {
        Object bus = generated.get(id).detail().get("EventBusName");
        String busName = bus == null ? "default" : intrinsics.resolveString(bus, id + ".EventBusName");
        return busName.equals("default") ? "" : busName + "/";
    }

    private TemplateException unknown(String id, String where) {
        String condition = excluded.get(id);
        if (condition != null) {
            return new TemplateException(where + ": resource " + id + " is not created, its condition "
                    + condition + " is false");
        }
        return new TemplateException(where + ": no parameter, pseudo parameter or resource is named " + id);
    }

    private static TemplateException notUnderstood(String id, String type, String where) {
        return new TemplateException(where + ": resource " + id + " has type " + type
                + ", which the local runtime does not understand");
    }
}
