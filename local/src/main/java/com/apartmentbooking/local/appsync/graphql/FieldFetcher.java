package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.vtl.TemplateError;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The data fetcher of every field: refuses a field the caller's auth type may not read (null and an
 * {@code Unauthorized} error, as AppSync), runs the field's resolver, or reads the field from its parent by name.
 */
final class FieldFetcher implements DataFetcher<Object> {

    private final FieldPlans plans;
    private final ResolverRunner runner;

    FieldFetcher(FieldPlans plans, ResolverRunner runner) {
        this.plans = plans;
        this.runner = runner;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        RequestScope scope = environment.getGraphQlContext().get(RequestScope.class);
        GraphQLObjectType parent = environment.getExecutionStepInfo().getObjectType();
        String fieldName = environment.getField().getName();
        FieldPlan plan = plans.of(parent, environment.getFieldDefinition());
        if (!plan.access().permits(scope.caller())) {
            return DataFetcherResult.newResult().error(FieldError.unauthorized(environment)).build();
        }
        if (parent == environment.getGraphQLSchema().getMutationType()) {
            scope.ranMutationField(new RequestScope.MutationField(fieldName,
                    environment.getExecutionStepInfo().getResultKey(), environment.getMergedField(),
                    environment.getFragmentsByName()));
        }
        if (plan.resolver() == null) {
            return property(environment.getSource(), fieldName);
        }
        Resolution resolution = new Resolution(FieldContext.of(environment, scope));
        CompletableFuture<Resolved> resolved = runner.run(plan.resolver(), resolution);
        return resolved.thenApply(result -> answer(environment, resolution, result));
    }

    private static DataFetcherResult<Object> answer(DataFetchingEnvironment environment, Resolution resolution,
            Resolved resolved) {
        List<GraphQLError> errors = new ArrayList<>();
        if (resolved.raised() != null) {
            errors.add(error(environment, resolved.raised()));
        }
        resolution.appended().forEach(appended -> errors.add(error(environment, appended)));
        return DataFetcherResult.newResult().data(resolved.raised() == null ? resolved.value() : null)
                .errors(errors).build();
    }

    private static FieldError error(DataFetchingEnvironment environment, TemplateError error) {
        return FieldError.at(environment, error.message(), error.errorType(), error.data(), error.errorInfo());
    }

    private static Object property(Object source, String fieldName) {
        return source instanceof Map<?, ?> map ? map.get(fieldName) : null;
    }
}
