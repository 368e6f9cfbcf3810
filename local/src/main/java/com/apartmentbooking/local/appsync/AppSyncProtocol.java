package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.AwsServiceException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * AppSync's control plane as the SDKs and the AWS CLI call it (REST-JSON under {@code /v1/apis}, signatures not
 * checked): the APIs, their keys, data sources, pipeline functions, resolvers and introspection schema. Errors are
 * AppSync's: the {@code x-amzn-ErrorType} header and a {@code {"message"}} body.
 */
final class AppSyncProtocol extends Handler.Abstract {

    static final String PREFIX = "/v1/apis";
    /** The largest body taken (a CreateApiKey or UpdateApiKey is a few hundred bytes). */
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final String DEFAULT_FUNCTION_VERSION = "2018-05-29";
    private static final System.Logger LOG = System.getLogger(AppSyncProtocol.class.getName());

    /** One operation: its name, method, path (groups are the path's members) and what answers it. */
    private record Route(String name, String method, Pattern path, Operation operation) {
        Route(String name, String method, String path, Operation operation) {
            this(name, method, Pattern.compile(PREFIX + path + "/?"), operation);
        }
    }

    /** An answer: a status, a content type and a body. */
    private record Answer(int status, String contentType, byte[] body) {
        static Answer json(JsonNode body) {
            return new Answer(200, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @FunctionalInterface
    private interface Operation {
        Answer answer(List<String> path, Fields query, ObjectNode body);
    }

    private final AppSyncService service;
    private final SchemaIntrospection introspection;
    private final ApiEndpoints endpoints;
    private final String accountId;
    private final List<Route> routes;

    AppSyncProtocol(AppSyncService service, SchemaIntrospection introspection, ApiEndpoints endpoints,
            String accountId) {
        this.service = service;
        this.introspection = introspection;
        this.endpoints = endpoints;
        this.accountId = accountId;
        String segment = "/([^/]+)";
        this.routes = List.of(
                new Route("ListGraphqlApis", "GET", "", this::listGraphqlApis),
                new Route("GetGraphqlApi", "GET", segment, (path, query, body) -> Answer.json(object().set("graphqlApi",
                        graphqlApi(service.graphqlApi(path.get(0)))))),
                new Route("ListApiKeys", "GET", segment + "/apikeys", this::listApiKeys),
                new Route("CreateApiKey", "POST", segment + "/apikeys",
                        (path, query, body) -> Answer.json(object().set("apiKey",
                            apiKey(service.createApiKey(path.get(0), text(body, "description"),
                                    expires(body)))))),
                new Route("UpdateApiKey", "POST", segment + "/apikeys" + segment,
                        (path, query, body) -> Answer.json(object()
                            .set("apiKey", apiKey(service.updateApiKey(path.get(0), path.get(1),
                                    text(body, "description"), expires(body)))))),
                new Route("DeleteApiKey", "DELETE", segment + "/apikeys" + segment, (path, query, body) -> {
                    service.deleteApiKey(path.get(0), path.get(1));
                    return Answer.json(object());
                }),
                new Route("ListDataSources", "GET", segment + "/datasources",
                        (path, query, body) -> list(query, "dataSources",
                            service.graphqlApi(path.get(0)).dataSources(), source -> dataSource(path.get(0), source))),
                new Route("GetDataSource", "GET", segment + "/datasources" + segment,
                        (path, query, body) -> Answer.json(object()
                            .set("dataSource", dataSource(path.get(0), service.dataSource(path.get(0), path.get(1)))))),
                new Route("ListFunctions", "GET", segment + "/functions",
                        (path, query, body) -> list(query, "functions",
                            service.graphqlApi(path.get(0)).functions(), function -> function(path.get(0), function))),
                new Route("GetFunction", "GET", segment + "/functions" + segment,
                        (path, query, body) -> Answer.json(object()
                            .set("functionConfiguration", function(path.get(0),
                                    service.function(path.get(0), path.get(1)))))),
                new Route("ListResolvers", "GET", segment + "/types" + segment + "/resolvers",
                        (path, query, body) -> list(query,
                            "resolvers", service.resolvers(path.get(0), path.get(1)),
                            resolver -> resolver(path.get(0), resolver))),
                new Route("GetResolver", "GET", segment + "/types" + segment + "/resolvers" + segment,
                        (path, query, body) ->
                            Answer.json(object().set("resolver", resolver(path.get(0),
                                    service.resolver(path.get(0), path.get(1), path.get(2)))))),
                new Route("GetIntrospectionSchema", "GET", segment + "/schema", this::introspectionSchema));
    }

    /** The names of the operations served, as AWS names them. */
    Set<String> operations() {
        Set<String> names = new TreeSet<>();
        routes.forEach(route -> names.add(route.name()));
        return names;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        response.getHeaders().put("x-amzn-RequestId", UUID.randomUUID().toString());
        String path = Request.getPathInContext(request);
        try {
            for (Route route : routes) {
                Matcher matcher = route.path().matcher(path);
                if (matcher.matches() && route.method().equals(request.getMethod())) {
                    ObjectNode body = body(request);
                    write(response, callback, route.operation().answer(members(matcher),
                            Request.extractQueryParameters(request), body));
                    return true;
                }
            }
            Content.Source.consumeAll(request);
            throw AppSyncErrors.unknownOperation();
        } catch (AppSyncException e) {
            error(response, callback, AwsServiceException.from(e));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "An AppSync request failed", e);
            error(response, callback, new AwsServiceException(500, "InternalFailureException",
                    "An internal failure occurred."));
        }
        return true;
    }

    private Answer listGraphqlApis(List<String> path, Fields query, ObjectNode body) {
        return list(query, "graphqlApis", service.apis(), this::graphqlApi);
    }

    private Answer listApiKeys(List<String> path, Fields query, ObjectNode body) {
        return list(query, "apiKeys", service.apiKeys(path.get(0)), AppSyncProtocol::apiKey);
    }

    private Answer introspectionSchema(List<String> path, Fields query, ObjectNode body) {
        ApiDefinition api = service.graphqlApi(path.get(0));
        String format = query.getValue("format");
        String includeDirectives = query.getValue("includeDirectives");
        if (!"SDL".equals(format) && !"JSON".equals(format)) {
            throw AppSyncErrors.invalidMember(String.valueOf(format), "format",
                    "Member must satisfy enum value set: [SDL, JSON]");
        }
        if (format.equals("JSON")) {
            return new Answer(200, "application/json", introspection.json(api).getBytes(StandardCharsets.UTF_8));
        }
        boolean directives = includeDirectives == null || Boolean.parseBoolean(includeDirectives);
        return new Answer(200, "text/plain;charset=utf-8",
                introspection.sdl(api, directives).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> Answer list(Fields query, String member, List<T> all, Function<T, JsonNode> shape) {
        Paging.Page<T> page = Paging.page(all, query.getValue("maxResults"), query.getValue("nextToken"));
        ObjectNode answer = object();
        ArrayNode items = answer.putArray(member);
        page.items().forEach(item -> items.add(shape.apply(item)));
        if (page.nextToken() != null) {
            answer.put("nextToken", page.nextToken());
        }
        return Answer.json(answer);
    }

    private ObjectNode graphqlApi(ApiDefinition api) {
        ObjectNode shape = object().put("name", api.name()).put("apiId", api.apiId())
                .put("authenticationType", api.defaultAuth().name()).put("arn", api.arn());
        shape.putObject("uris").put("GRAPHQL", endpoints.graphqlUrl(api.apiId()))
                .put("REALTIME", endpoints.realtimeUrl(api.apiId()));
        ArrayNode additional = shape.putArray("additionalAuthenticationProviders");
        api.additionalAuth().forEach(type -> additional.addObject().put("authenticationType", type.name()));
        shape.put("xrayEnabled", api.xrayEnabled());
        shape.putObject("dns").put("GRAPHQL", endpoints.host()).put("REALTIME", endpoints.host());
        return shape.put("apiType", "GRAPHQL").put("visibility", "GLOBAL").put("owner", accountId)
                .put("introspectionConfig", "ENABLED").put("queryDepthLimit", 0).put("resolverCountLimit", 0);
    }

    private static ObjectNode apiKey(ApiKey key) {
        ObjectNode shape = object().put("id", key.id());
        putIfPresent(shape, "description", key.description());
        return shape.put("expires", key.expires()).put("deletes", key.deletes());
    }

    private ObjectNode dataSource(String apiId, DataSourceDefinition source) {
        ObjectNode shape = object().put("dataSourceArn", arn(apiId) + "/datasources/" + source.name())
                .put("name", source.name());
        putIfPresent(shape, "description", source.description());
        shape.put("type", source.type());
        putIfPresent(shape, "serviceRoleArn", source.serviceRoleArn());
        if (source.lambdaFunctionArn() != null) {
            shape.putObject("lambdaConfig").put("lambdaFunctionArn", source.lambdaFunctionArn());
        }
        return shape;
    }

    private ObjectNode function(String apiId, PipelineFunctionDefinition function) {
        ObjectNode shape = object().put("functionId", function.functionId())
                .put("functionArn", arn(apiId) + "/functions/" + function.functionId())
                .put("name", function.name()).put("dataSourceName", function.dataSourceName());
        putIfPresent(shape, "requestMappingTemplate", function.requestTemplate());
        putIfPresent(shape, "responseMappingTemplate", function.responseTemplate());
        return shape.put("functionVersion", DEFAULT_FUNCTION_VERSION);
    }

    private ObjectNode resolver(String apiId, ResolverDefinition resolver) {
        ObjectNode shape = object().put("typeName", resolver.typeName()).put("fieldName", resolver.fieldName());
        putIfPresent(shape, "dataSourceName", resolver.dataSourceName());
        shape.put("resolverArn", arn(apiId) + "/types/" + resolver.typeName() + "/resolvers/"
                + resolver.fieldName());
        putIfPresent(shape, "requestMappingTemplate", resolver.requestTemplate());
        putIfPresent(shape, "responseMappingTemplate", resolver.responseTemplate());
        shape.put("kind", resolver.kind());
        if (resolver.kind().equals("PIPELINE")) {
            ArrayNode functions = shape.putObject("pipelineConfig").putArray("functions");
            resolver.pipelineFunctionIds().forEach(functions::add);
        }
        return shape;
    }

    private String arn(String apiId) {
        return service.graphqlApi(apiId).arn();
    }

    private static void putIfPresent(ObjectNode shape, String member, String value) {
        if (value != null) {
            shape.put(member, value);
        }
    }

    private static ObjectNode object() {
        return Json.WIRE.createObjectNode();
    }

    private static List<String> members(Matcher matcher) {
        return IntStream.rangeClosed(1, matcher.groupCount())
                .mapToObj(group -> URLDecoder.decode(matcher.group(group), StandardCharsets.UTF_8)).toList();
    }

    private static String text(ObjectNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw AppSyncErrors.badRequest("Invalid value for " + member + ": expected a string");
        }
        return value.textValue();
    }

    private static Long expires(ObjectNode body) {
        JsonNode value = body.get("expires");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw AppSyncErrors.badRequest("Invalid value for expires: expected seconds since the epoch");
        }
        return value.longValue();
    }

    private static ObjectNode body(Request request) throws IOException {
        byte[] bytes;
        try (InputStream in = Request.asInputStream(request)) {
            bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (bytes.length > MAX_REQUEST_BYTES) {
            throw AppSyncErrors.badRequest("The request body is too large.");
        }
        if (bytes.length == 0) {
            return object();
        }
        try {
            JsonNode parsed = Json.WIRE.readTree(bytes);
            if (parsed instanceof ObjectNode members) {
                return members;
            }
        } catch (JsonProcessingException e) {
            throw AppSyncErrors.badRequest("The request body is not valid JSON.");
        }
        throw AppSyncErrors.badRequest("The request body is not a JSON object.");
    }

    private static void write(Response response, Callback callback, Answer answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    private static void error(Response response, Callback callback, AwsServiceException error) {
        ObjectNode body = object();
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        response.getHeaders().put("x-amzn-ErrorType", error.code());
        write(response, callback, new Answer(error.status(), "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
