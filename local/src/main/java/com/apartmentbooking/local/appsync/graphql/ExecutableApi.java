package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.DataSourceDefinition;
import com.apartmentbooking.local.appsync.PipelineFunctionDefinition;
import com.apartmentbooking.local.appsync.auth.Caller;
import com.apartmentbooking.local.appsync.realtime.RealtimeApi;
import com.apartmentbooking.local.appsync.vtl.MappingTemplates;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One API ready to run: its schema with AppSync's directives and scalars, its resolvers and field auth, and the
 * subscriptions its mutations fan out to.
 */
public final class ExecutableApi {

    private final ApiDefinition definition;
    private final GraphQL graphQl;
    private final SubscriptionRequest subscriptionRequest;
    private final SubscriptionHub subscriptions;
    private final MutationSubscribers subscribersOf;

    /**
     * @throws SchemaException when the API's schema is not valid
     */
    ExecutableApi(ApiDefinition definition, MappingTemplates templates, FunctionInvoker functions,
            SubscriptionHub subscriptions) {
        this.definition = definition;
        this.subscriptions = subscriptions;
        ResolverRunner runner = new ResolverRunner(byName(definition.dataSources(), DataSourceDefinition::name),
                byName(definition.functions(), PipelineFunctionDefinition::functionId),
                new TemplateRenderer(templates), new DataSourceInvoker(functions));
        FieldPlans plans = new FieldPlans(definition.defaultAuth(), definition.resolvers());
        GraphQLSchema schema = ApiSchema.build(definition.schema(), new FieldFetcher(plans, runner));
        this.subscriptionRequest = new SubscriptionRequest(schema, plans);
        // Over HTTP a subscription operation runs like a query (its resolver, if any), as AppSync answers it.
        this.graphQl = GraphQL.newGraphQL(schema).subscriptionExecutionStrategy(new AsyncExecutionStrategy()).build();
        this.subscribersOf = new MutationSubscribers(schema);
    }

    public ApiDefinition definition() {
        return definition;
    }

    /**
     * Runs a query or mutation as {@code caller} and answers AppSync's response ({@code data}, {@code errors});
     * once a mutation has run, its fields' values go to their subscribers.
     *
     * @param headers the request's headers (names in lower case), the resolvers' {@code $ctx.request.headers}
     */
    public CompletableFuture<ObjectNode> execute(GraphQlRequest request, Caller caller, Map<String, String> headers) {
        RequestScope scope = new RequestScope(caller, headers, request.variables());
        ExecutionInput input = ExecutionInput.newExecutionInput().query(request.query())
                .operationName(request.operationName()).variables(request.variables())
                .graphQLContext(Map.of(RequestScope.class, scope)).build();
        return graphQl.executeAsync(input).thenApply(result -> {
            publish(scope, result);
            return response(result);
        });
    }

    /**
     * Validates a subscription ({@code data} of a real-time {@code start}) for {@code caller} and registers it.
     *
     * @throws com.apartmentbooking.local.appsync.realtime.RealtimeRefusal when AppSync would refuse it
     */
    public RealtimeApi.Registration subscribe(GraphQlRequest request, Caller caller, Consumer<ObjectNode> onData) {
        return subscriptions.add(subscriptionRequest.subscriber(request, caller, onData));
    }

    private void publish(RequestScope scope, ExecutionResult result) {
        if (!(result.getData() instanceof Map<?, ?> data)) {
            return;
        }
        for (RequestScope.MutationField field : scope.mutationFields()) {
            List<String> subscriptionFields = subscribersOf.of(field.name());
            if (!subscriptionFields.isEmpty()
                    && ResultByName.of(data.get(field.resultKey()), field.field().getFields(), field.fragments())
                            instanceof Map<?, ?> published) {
                subscriptions.publish(subscriptionFields, published);
            }
        }
    }

    private static ObjectNode response(ExecutionResult result) {
        ObjectNode response = Json.DATA.createObjectNode();
        response.set("data", Json.DATA.valueToTree(result.getData()));
        if (!result.getErrors().isEmpty()) {
            response.set("errors", ErrorShapes.of(result.getErrors()));
        }
        return response;
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, item -> item, (first, second) -> second));
    }
}
