package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.DataSourceDefinition;
import com.apartmentbooking.local.appsync.PipelineFunctionDefinition;
import com.apartmentbooking.local.appsync.ResolverDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs resolvers as AppSync does. UNIT: request template, data source, response template. PIPELINE: the before
 * template, each function (its own request template, data source and response template, {@code $ctx.prev.result}
 * the previous step's), the after template; the stash is shared by all of them. Without a request template a
 * Lambda data source gets the whole context (a direct Lambda resolver); without a response template the data
 * source's result is the value and its error the field's error.
 */
final class ResolverRunner {

    private final Map<String, DataSourceDefinition> dataSources;
    private final Map<String, PipelineFunctionDefinition> functions;
    private final TemplateRenderer renderer;
    private final DataSourceInvoker invoker;

    ResolverRunner(Map<String, DataSourceDefinition> dataSources, Map<String, PipelineFunctionDefinition> functions,
            TemplateRenderer renderer, DataSourceInvoker invoker) {
        this.dataSources = dataSources;
        this.functions = functions;
        this.renderer = renderer;
        this.invoker = invoker;
    }

    CompletableFuture<Resolved> run(ResolverDefinition resolver, Resolution resolution) {
        if ("PIPELINE".equals(resolver.kind())) {
            return pipeline(resolver, resolution);
        }
        return step(resolver.dataSourceName(), resolver.requestTemplate(), resolver.responseTemplate(), resolution, null);
    }

    private CompletableFuture<Resolved> pipeline(ResolverDefinition resolver, Resolution resolution) {
        Resolved before = resolver.requestTemplate() == null ? Resolved.value(new LinkedHashMap<>())
                : renderer.render(resolver.requestTemplate(), resolution.context(null, null, null), resolution);
        CompletableFuture<Resolved> chain = CompletableFuture.completedFuture(before);
        for (String functionId : resolver.pipelineFunctionIds()) {
            chain = chain.thenCompose(previous -> previous.finished() ? CompletableFuture.completedFuture(previous)
                    : function(functionId, resolution, previous.value()));
        }
        return chain.thenApply(last -> last.finished() ? last : after(resolver.responseTemplate(), resolution, last));
    }

    private CompletableFuture<Resolved> function(String functionId, Resolution resolution, Object previous) {
        PipelineFunctionDefinition function = functions.get(functionId);
        if (function == null) {
            return CompletableFuture.completedFuture(
                    Resolved.error("No function with id " + functionId + " in this API.", TemplateRenderer.MAPPING_TEMPLATE));
        }
        // A function's #return ends only that function: the pipeline goes on with its value.
        return step(function.dataSourceName(), function.requestTemplate(), function.responseTemplate(), resolution,
                Resolution.prev(previous)).thenApply(done -> done.raised() == null ? Resolved.value(done.value()) : done);
    }

    private Resolved after(String template, Resolution resolution, Resolved last) {
        if (template == null) {
            return last;
        }
        return renderer.render(template, resolution.context(Resolution.prev(last.value()), last.value(), null),
                resolution);
    }

    /** One data source call between its request and response templates. */
    private CompletableFuture<Resolved> step(String dataSourceName, String requestTemplate, String responseTemplate,
            Resolution resolution, Map<String, Object> prev) {
        DataSourceDefinition source = dataSources.get(dataSourceName);
        if (source == null) {
            return CompletableFuture.completedFuture(Resolved.error(
                    "No data source named " + dataSourceName + " in this API.", TemplateRenderer.MAPPING_TEMPLATE));
        }
        Object payload;
        if (requestTemplate == null) {
            payload = "AWS_LAMBDA".equals(source.type()) ? LambdaEvent.of(resolution, prev) : null;
        } else {
            Resolved request = renderer.render(requestTemplate, resolution.context(prev, null, null), resolution);
            if (request.finished()) {
                return CompletableFuture.completedFuture(request);
            }
            if (!(request.value() instanceof Map<?, ?> document)) {
                return CompletableFuture.completedFuture(Resolved.error(
                        "The request mapping template must evaluate to a JSON object.", TemplateRenderer.MAPPING_TEMPLATE));
            }
            Object operation = document.get("operation");
            if ("AWS_LAMBDA".equals(source.type()) && operation != null && !"Invoke".equals(operation)) {
                return CompletableFuture.completedFuture(Resolved.error(
                        "Unsupported operation '" + operation + "'.", TemplateRenderer.MAPPING_TEMPLATE));
            }
            payload = document.get("payload");
        }
        return invoker.call(source, payload).thenApply(outcome -> respond(responseTemplate, resolution, prev, outcome));
    }

    private Resolved respond(String template, Resolution resolution, Map<String, Object> prev, SourceOutcome outcome) {
        if (template == null) {
            return outcome.error() == null ? Resolved.finalValue(outcome.result())
                    : Resolved.error(String.valueOf(outcome.error().get("message")),
                            String.valueOf(outcome.error().get("type")));
        }
        Resolved response = renderer.render(template, resolution.context(prev, outcome.result(), outcome.error()),
                resolution);
        return response.raised() == null ? Resolved.finalValue(response.value()) : response;
    }
}
