package com.apartmentbooking.local.template;

import java.util.List;
import java.util.Map;

/**
 * The template as the local runtime starts it: parameters and conditions evaluated, intrinsics resolved, the SAM
 * transform applied. Lists are in creation order (DependsOn and references first, else template order).
 *
 * @param graphqlApis the AppSync APIs, each with its schema, data sources, functions, resolvers and keys
 * @param creationOrder every created template resource's logical id, dependencies before dependents
 * @param warnings one line per resource or event the local runtime does not understand and leaves out
 */
public record ResolvedTemplate(Map<String, ParameterValue> parameters, Map<String, Boolean> conditions,
        List<TableSpec> tables, List<EventBusSpec> eventBuses, List<QueueSpec> queues, List<SecretSpec> secrets,
        List<StateMachineSpec> stateMachines, List<FunctionSpec> functions, List<GraphQLApiSpec> graphqlApis,
        List<RecordedResource> ignored, List<String> creationOrder, List<String> warnings) {

    public ResolvedTemplate {
        parameters = Values.orderedCopy(parameters);
        conditions = Values.orderedCopy(conditions);
        tables = List.copyOf(tables);
        eventBuses = List.copyOf(eventBuses);
        queues = List.copyOf(queues);
        secrets = List.copyOf(secrets);
        stateMachines = List.copyOf(stateMachines);
        functions = List.copyOf(functions);
        graphqlApis = List.copyOf(graphqlApis);
        ignored = List.copyOf(ignored);
        creationOrder = List.copyOf(creationOrder);
        warnings = List.copyOf(warnings);
    }

    public FunctionSpec function(String logicalId) {
        return find(functions, logicalId, FunctionSpec::logicalId);
    }

    public TableSpec table(String logicalId) {
        return find(tables, logicalId, TableSpec::logicalId);
    }

    public QueueSpec queue(String logicalId) {
        return find(queues, logicalId, QueueSpec::logicalId);
    }

    public SecretSpec secret(String logicalId) {
        return find(secrets, logicalId, SecretSpec::logicalId);
    }

    public StateMachineSpec stateMachine(String logicalId) {
        return find(stateMachines, logicalId, StateMachineSpec::logicalId);
    }

    public EventBusSpec eventBus(String logicalId) {
        return find(eventBuses, logicalId, EventBusSpec::logicalId);
    }

    public GraphQLApiSpec graphqlApi(String logicalId) {
        return find(graphqlApis, logicalId, GraphQLApiSpec::logicalId);
    }

    private static <T> T find(List<T> items, String logicalId, java.util.function.Function<T, String> id) {
        return items.stream().filter(item -> id.apply(item).equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the template has no such resource: " + logicalId));
    }
}
