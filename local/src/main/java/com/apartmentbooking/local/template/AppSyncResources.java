package com.apartmentbooking.local.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template's AppSync resources, gathered per API: each resource is resolved as it comes (in creation order) and
 * {@link #apis()} puts them together once all are known, checking what AppSync would check when it creates them.
 * What the local runtime cannot serve (data sources other than Lambda and NONE, APPSYNC_JS code) is refused with
 * the resource named, since an API that silently lacks a resolver would answer wrongly.
 */
final class AppSyncResources {

    private static final Set<String> AUTHENTICATION_TYPES = Set.of("API_KEY", "AWS_IAM", "AMAZON_COGNITO_USER_POOLS",
            "OPENID_CONNECT", "AWS_LAMBDA");
    private static final Set<String> SERVED_DATA_SOURCES = Set.of("AWS_LAMBDA", "NONE");
    private static final Set<String> OTHER_DATA_SOURCES = Set.of("AMAZON_DYNAMODB", "AMAZON_ELASTICSEARCH",
            "AMAZON_OPENSEARCH_SERVICE", "HTTP", "RELATIONAL_DATABASE", "AMAZON_EVENTBRIDGE", "AMAZON_BEDROCK_RUNTIME");
    private static final List<String> CODE_PROPERTIES = List.of("Code", "CodeS3Location", "Runtime");

    /** An API as declared, and the schema once its GraphQLSchema is seen. */
    private record Api(String logicalId, Map<String, Object> properties) {
    }

    private record Schema(String logicalId, String apiId, String definition) {
    }

    private record Owned<T>(String apiId, T resource) {
    }

    private final Intrinsics intrinsics;
    private final ResourceAttributes attributes;
    private final Path templateDirectory;
    private final List<String> warnings;
    private final Map<String, Api> apis = new LinkedHashMap<>();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final List<Owned<GraphQLApiSpec.DataSource>> dataSources = new ArrayList<>();
    private final List<Owned<GraphQLApiSpec.PipelineFunction>> functions = new ArrayList<>();
    private final List<Owned<GraphQLApiSpec.Resolver>> resolvers = new ArrayList<>();
    private final List<ApiKeySpec> keys = new ArrayList<>();

    AppSyncResources(Intrinsics intrinsics, ResourceAttributes attributes, Path templateDirectory,
            List<String> warnings) {
        this.intrinsics = intrinsics;
        this.attributes = attributes;
        this.templateDirectory = templateDirectory;
        this.warnings = warnings;
    }

    /** Resolves one AppSync resource; a TemplateException names what is wrong with it. */
    void add(String id, String type, Map<String, Object> rawProperties) {
        Map<String, Object> p = Values.map(intrinsics.resolve(rawProperties, id + ".Properties"), id + ".Properties");
        switch (type) {
            case "AWS::AppSync::GraphQLApi" -> apis.put(attributes.getAtt(id, "ApiId", id).toString(), api(id, p));
            case "AWS::AppSync::GraphQLSchema" -> schema(id, p);
            case "AWS::AppSync::ApiKey" -> keys.add(new ApiKeySpec(id, apiId(id, p),
                    Values.optionalString(p, "Description", id), expires(id, p)));
            case "AWS::AppSync::DataSource" -> dataSources.add(new Owned<>(apiId(id, p), dataSource(id, p)));
            case "AWS::AppSync::FunctionConfiguration" -> functions.add(new Owned<>(apiId(id, p), function(id, p)));
            case "AWS::AppSync::Resolver" -> resolvers.add(new Owned<>(apiId(id, p), resolver(id, p)));
            default -> warnings.add("resource " + id + " has type " + type
                    + ", which the local runtime does not understand; it is not created");
        }
    }

    /** Every API with what belongs to it, in the order the APIs were created. */
    List<GraphQLApiSpec> apis() {
        checkOwners();
        List<GraphQLApiSpec> result = new ArrayList<>();
        apis.forEach((apiId, api) -> result.add(assemble(apiId, api)));
        return result;
    }

    private Api api(String id, Map<String, Object> p) {
        if ("MERGED".equals(p.get("ApiType"))) {
            throw new TemplateException("ApiType MERGED is not served by the local runtime (only GRAPHQL)");
        }
        authenticationType(p, id);
        for (Object provider : Values.list(p.get("AdditionalAuthenticationProviders"),
                id + ".AdditionalAuthenticationProviders")) {
            authenticationType(Values.map(provider, id + ".AdditionalAuthenticationProviders"),
                    id + ".AdditionalAuthenticationProviders");
        }
        if (Values.optionalString(p, "Name", id) == null) {
            throw new TemplateException(id + ": Name is required");
        }
        return new Api(id, p);
    }

    private static String authenticationType(Map<String, Object> p, String where) {
        String type = Values.optionalString(p, "AuthenticationType", where);
        if (type == null) {
            throw new TemplateException(where + ": AuthenticationType is required");
        }
        if (!AUTHENTICATION_TYPES.contains(type)) {
            throw new TemplateException(where + ": AuthenticationType " + type + " is not one of "
                    + String.join(", ", AUTHENTICATION_TYPES.stream().sorted().toList()));
        }
        return type;
    }

    private void schema(String id, Map<String, Object> p) {
        String apiId = apiId(id, p);
        String definition = Values.optionalString(p, "Definition", id);
        if (definition == null) {
            definition = localFile(id, p, "DefinitionS3Location");
        }
        if (definition == null) {
            throw new TemplateException(id + ": Definition or DefinitionS3Location is required");
        }
        Schema previous = schemas.put(apiId, new Schema(id, apiId, definition));
        if (previous != null) {
            throw new TemplateException(id + ": API " + apiId + " already has a schema, " + previous.logicalId());
        }
    }

    private static Long expires(String id, Map<String, Object> p) {
        String text = Values.optionalString(p, "Expires", id);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new TemplateException(id + ".Expires: expected seconds since the epoch, got " + text, e);
        }
    }

    private GraphQLApiSpec.DataSource dataSource(String id, Map<String, Object> p) {
        String type = Values.optionalString(p, "Type", id);
        if (type == null) {
            throw new TemplateException(id + ": Type is required");
        }
        if (OTHER_DATA_SOURCES.contains(type)) {
            throw new TemplateException("data source type " + type + " is not served by the local runtime (only "
                    + "AWS_LAMBDA and NONE)");
        }
        if (!SERVED_DATA_SOURCES.contains(type)) {
            throw new TemplateException(id + ".Type: " + type + " is not an AppSync data source type");
        }
        String lambdaArn = null;
        if (type.equals("AWS_LAMBDA")) {
            lambdaArn = Values.optionalString(Values.map(p.get("LambdaConfig"), id + ".LambdaConfig"),
                    "LambdaFunctionArn", id + ".LambdaConfig");
            if (lambdaArn == null) {
                throw new TemplateException(id + ": an AWS_LAMBDA data source needs LambdaConfig.LambdaFunctionArn");
            }
        }
        return new GraphQLApiSpec.DataSource(id, attributes.physicalName(id), type,
                attributes.getAtt(id, "DataSourceArn", id).toString(), lambdaArn,
                Values.optionalString(p, "ServiceRoleArn", id), Values.optionalString(p, "Description", id));
    }

    private GraphQLApiSpec.PipelineFunction function(String id, Map<String, Object> p) {
        refuseCode(id, p);
        String dataSource = Values.optionalString(p, "DataSourceName", id);
        if (dataSource == null) {
            throw new TemplateException(id + ": DataSourceName is required");
        }
        return new GraphQLApiSpec.PipelineFunction(id, attributes.getAtt(id, "FunctionId", id).toString(),
                attributes.physicalName(id), attributes.getAtt(id, "FunctionArn", id).toString(), dataSource,
                Values.optionalString(p, "Description", id), Values.optionalString(p, "FunctionVersion", id),
                template(id, p, "RequestMappingTemplate"), template(id, p, "ResponseMappingTemplate"));
    }

    private GraphQLApiSpec.Resolver resolver(String id, Map<String, Object> p) {
        refuseCode(id, p);
        String typeName = Values.optionalString(p, "TypeName", id);
        String fieldName = Values.optionalString(p, "FieldName", id);
        if (typeName == null || fieldName == null) {
            throw new TemplateException(id + ": TypeName and FieldName are required");
        }
        String kind = p.containsKey("Kind") ? Values.string(p.get("Kind"), id + ".Kind") : "UNIT";
        String dataSource = Values.optionalString(p, "DataSourceName", id);
        List<String> functionIds = Values.strings(
                Values.map(p.get("PipelineConfig"), id + ".PipelineConfig").get("Functions"),
                id + ".PipelineConfig.Functions");
        switch (kind) {
            case "UNIT" -> {
                if (dataSource == null) {
                    throw new TemplateException(id + ": DataSourceName is required for UNIT resolver");
                }
                functionIds = List.of();
            }
            case "PIPELINE" -> dataSource = null;
            default -> throw new TemplateException(id + ".Kind: " + kind + " is not UNIT or PIPELINE");
        }
        return new GraphQLApiSpec.Resolver(id, typeName, fieldName, attributes.getAtt(id, "ResolverArn", id).toString(),
                kind, dataSource, functionIds, template(id, p, "RequestMappingTemplate"),
                template(id, p, "ResponseMappingTemplate"));
    }

    private static void refuseCode(String id, Map<String, Object> p) {
        for (String property : CODE_PROPERTIES) {
            if (p.containsKey(property)) {
                throw new TemplateException(id + "." + property + ": APPSYNC_JS resolver code is not served by the "
                        + "local runtime; use VTL RequestMappingTemplate and ResponseMappingTemplate");
            }
        }
    }

    /** A mapping template given inline or as a local file ({@code <Name>S3Location}); null when neither is. */
    private String template(String id, Map<String, Object> p, String property) {
        String inline = Values.optionalString(p, property, id);
        return inline != null ? inline : localFile(id, p, property + "S3Location");
    }

    /** A local file named by an S3 location property, as {@code sam deploy} uploads it; null when absent. */
    private String localFile(String id, Map<String, Object> p, String property) {
        String location = Values.optionalString(p, property, id);
        if (location == null) {
            return null;
        }
        if (location.startsWith("s3://")) {
            throw new TemplateException(id + "." + property + ": " + location + " is in S3; the local runtime reads "
                    + "a local file relative to the template");
        }
        Path file = templateDirectory.resolve(location).normalize();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException(id + ": cannot read " + property + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static String apiId(String id, Map<String, Object> p) {
        String apiId = Values.optionalString(p, "ApiId", id);
        if (apiId == null) {
            throw new TemplateException(id + ": ApiId is required");
        }
        return apiId;
    }

    /** Every resource names an API of the template, as AppSync would refuse one of an unknown API. */
    private void checkOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        schemas.values().forEach(schema -> owners.put(schema.logicalId(), schema.apiId()));
        keys.forEach(key -> owners.put(key.logicalId(), key.apiId()));
        dataSources.forEach(owned -> owners.put(owned.resource().logicalId(), owned.apiId()));
        functions.forEach(owned -> owners.put(owned.resource().logicalId(), owned.apiId()));
        resolvers.forEach(owned -> owners.put(owned.resource().logicalId(), owned.apiId()));
        owners.forEach((id, apiId) -> {
            if (!apis.containsKey(apiId)) {
                throw new TemplateException("resource " + id + ": ApiId " + apiId
                        + " is not an AWS::AppSync::GraphQLApi of the template");
            }
        });
    }

    private GraphQLApiSpec assemble(String apiId, Api api) {
        String id = api.logicalId();
        Map<String, Object> p = api.properties();
        Schema schema = schemas.get(apiId);
        if (schema == null) {
            throw new TemplateException("resource " + id + ": the GraphQL API has no AWS::AppSync::GraphQLSchema");
        }
        List<GraphQLApiSpec.DataSource> ownDataSources = owned(dataSources, apiId);
        List<GraphQLApiSpec.PipelineFunction> ownFunctions = owned(functions, apiId);
        List<GraphQLApiSpec.Resolver> ownResolvers = owned(resolvers, apiId);
        checkReferences(ownDataSources, ownFunctions, ownResolvers);
        List<String> additional = new ArrayList<>();
        for (Object provider : Values.list(p.get("AdditionalAuthenticationProviders"), id)) {
            additional.add(authenticationType(Values.map(provider, id), id));
        }
        return new GraphQLApiSpec(id, apiId, Values.string(p.get("Name"), id + ".Name"),
                attributes.getAtt(id, "Arn", id).toString(), authenticationType(p, id), additional,
                Boolean.parseBoolean(String.valueOf(p.getOrDefault("XrayEnabled", "false"))),
                attributes.getAtt(id, "GraphQLUrl", id).toString(), attributes.getAtt(id, "RealtimeUrl", id).toString(),
                schema.definition(), ownDataSources, ownFunctions, ownResolvers,
                keys.stream().filter(key -> key.apiId().equals(apiId)).toList());
    }

    private static void checkReferences(List<GraphQLApiSpec.DataSource> dataSources,
            List<GraphQLApiSpec.PipelineFunction> functions, List<GraphQLApiSpec.Resolver> resolvers) {
        Set<String> dataSourceNames = new HashSet<>();
        for (GraphQLApiSpec.DataSource dataSource : dataSources) {
            if (!dataSourceNames.add(dataSource.name())) {
                throw new TemplateException("resource " + dataSource.logicalId() + ": the API already has a data "
                        + "source named " + dataSource.name());
            }
        }
        Set<String> functionIds = new HashSet<>();
        for (GraphQLApiSpec.PipelineFunction function : functions) {
            functionIds.add(function.functionId());
            requireDataSource(dataSourceNames, function.logicalId(), function.dataSourceName());
        }
        Set<String> fields = new HashSet<>();
        for (GraphQLApiSpec.Resolver resolver : resolvers) {
            if (!fields.add(resolver.typeName() + "." + resolver.fieldName())) {
                throw new TemplateException("resource " + resolver.logicalId() + ": " + resolver.typeName() + "."
                        + resolver.fieldName() + " already has a resolver");
            }
            if (resolver.dataSourceName() != null) {
                requireDataSource(dataSourceNames, resolver.logicalId(), resolver.dataSourceName());
            }
            for (String functionId : resolver.functionIds()) {
                if (!functionIds.contains(functionId)) {
                    throw new TemplateException("resource " + resolver.logicalId() + ": no pipeline function has "
                            + "the id " + functionId);
                }
            }
        }
    }

    private static void requireDataSource(Set<String> names, String id, String name) {
        if (!names.contains(name)) {
            throw new TemplateException("resource " + id + ": No data source found named " + name);
        }
    }

    private static <T> List<T> owned(List<Owned<T>> resources, String apiId) {
        return resources.stream().filter(owned -> owned.apiId().equals(apiId)).map(Owned::resource).toList();
    }
}
