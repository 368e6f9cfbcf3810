package com.apartmentbooking.local.template;

import java.util.List;

/**
 * An {@code AWS::AppSync::GraphQLApi} with everything of the template that belongs to it: its
 * {@code GraphQLSchema}, {@code DataSource}s, {@code FunctionConfiguration}s, {@code Resolver}s and
 * {@code ApiKey}s, intrinsics resolved and local files read.
 *
 * @param authenticationType {@code AuthenticationType}, e.g. {@code API_KEY}
 * @param additionalAuthenticationTypes the {@code AuthenticationType} of each additional provider, in template order
 * @param graphqlUrl what {@code GraphQLUrl} gives: {@code <endpoint>/graphql/<apiId>}
 * @param realtimeUrl what {@code RealtimeUrl} gives: {@code <ws endpoint>/graphql/<apiId>/realtime}
 * @param schema the schema's SDL as written
 */
public record GraphQLApiSpec(String logicalId, String apiId, String name, String arn, String authenticationType,
        List<String> additionalAuthenticationTypes, boolean xrayEnabled, String graphqlUrl, String realtimeUrl,
        String schema, List<DataSource> dataSources, List<PipelineFunction> functions, List<Resolver> resolvers,
        List<ApiKeySpec> apiKeys) {

    public GraphQLApiSpec {
        additionalAuthenticationTypes = List.copyOf(additionalAuthenticationTypes);
        dataSources = List.copyOf(dataSources);
        functions = List.copyOf(functions);
        resolvers = List.copyOf(resolvers);
        apiKeys = List.copyOf(apiKeys);
    }

    /**
     * An {@code AWS::AppSync::DataSource}; only {@code AWS_LAMBDA} and {@code NONE} get this far.
     *
     * @param lambdaFunctionArn {@code LambdaConfig.LambdaFunctionArn}, or null
     */
    public record DataSource(String logicalId, String name, String type, String arn, String lambdaFunctionArn,
            String serviceRoleArn, String description) {
    }

    /**
     * An {@code AWS::AppSync::FunctionConfiguration} with VTL mapping templates.
     *
     * @param functionId what {@code FunctionId} gives and a pipeline lists it by
     */
    public record PipelineFunction(String logicalId, String functionId, String name, String arn,
            String dataSourceName, String description, String functionVersion, String requestTemplate,
            String responseTemplate) {
    }

    /**
     * An {@code AWS::AppSync::Resolver} with VTL mapping templates.
     *
     * @param kind {@code UNIT} or {@code PIPELINE}
     * @param functionIds a pipeline's {@code PipelineConfig.Functions}, in order; empty for a unit resolver
     */
    public record Resolver(String logicalId, String typeName, String fieldName, String arn, String kind,
            String dataSourceName, List<String> functionIds, String requestTemplate, String responseTemplate) {

        public Resolver {
            functionIds = List.copyOf(functionIds);
        }
    }
}
