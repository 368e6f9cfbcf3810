package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.ApiDirectory;
import com.apartmentbooking.local.appsync.auth.ApiAuthorizer;
import com.apartmentbooking.local.appsync.auth.Caller;
import com.apartmentbooking.local.appsync.realtime.SubscriptionGateway;
import com.apartmentbooking.local.appsync.vtl.MappingTemplates;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The GraphQL side of the local AppSync: the directory's APIs made executable (built again when their definition
 * changes), their authentication, and their subscriptions, which outlive a change of the API.
 */
public final class GraphQlEngine {

    private final ApiDirectory directory;
    private final Function<ApiDefinition, ApiAuthorizer> authorizers;
    private final FunctionInvoker functions;
    private final MappingTemplates templates;
    private final Map<String, Built> built = new ConcurrentHashMap<>();
    private final Map<String, SubscriptionHub> subscriptions = new ConcurrentHashMap<>();

    /**
     * @param authorizers the authentication of an API (its default and additional types)
     * @param functions how AWS_LAMBDA data sources invoke their functions
     * @param templates how resolvers' mapping templates are rendered
     */
    public GraphQlEngine(ApiDirectory directory, Function<ApiDefinition, ApiAuthorizer> authorizers,
            FunctionInvoker functions, MappingTemplates templates) {
        this.directory = directory;
        this.authorizers = authorizers;
        this.functions = functions;
        this.templates = templates;
    }

    /**
     * The API at an address.
     *
     * @throws RequestRefusal (404 {@code NotFoundException}) when there is no such API
     * @throws SchemaException when its schema is not valid
     */
    public ServedApi api(ApiAddress address) {
        ApiDefinition definition = definition(address.apiId()).orElseThrow(() -> new RequestRefusal(404,
                "NotFoundException", address.apiId() == null ? "No GraphQL API exists."
                        : "GraphQL API " + address.apiId() + " not found."));
        Built current = built.compute(definition.apiId(), (apiId, previous) -> previous != null
                && previous.api().definition().equals(definition) ? previous : build(definition));
        return new ServedApi(definition, current.authorizer(), current.api());
    }

    /**
     * Runs a request on an API in process, as {@code caller}, without HTTP or authentication.
     *
     * @param apiId the API, or null for the first
     */
    public CompletableFuture<ObjectNode> execute(String apiId, GraphQlRequest request, Caller caller,
            Map<String, String> headers) {
        return api(new ApiAddress(apiId, "/graphql")).executable().execute(request, caller, headers);
    }

    /** What the real-time endpoint connects and subscribes through. */
    public SubscriptionGateway subscriptions() {
        return new RealtimeGateway(this);
    }

    private Optional<ApiDefinition> definition(String apiId) {
        if (apiId != null) {
            return directory.api(apiId);
        }
        List<ApiDefinition> apis = directory.apis();
        return apis.isEmpty() ? Optional.empty() : Optional.of(apis.get(0));
    }

    private Built build(ApiDefinition definition) {
        SubscriptionHub hub = subscriptions.computeIfAbsent(definition.apiId(), apiId -> new SubscriptionHub());
        return new Built(new ExecutableApi(definition, templates, functions, hub), authorizers.apply(definition));
    }

    private record Built(ExecutableApi api, ApiAuthorizer authorizer) {
    }
}
