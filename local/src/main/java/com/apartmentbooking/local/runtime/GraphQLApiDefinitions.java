package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.DataSourceDefinition;
import com.apartmentbooking.local.appsync.PipelineFunctionDefinition;
import com.apartmentbooking.local.appsync.ResolverDefinition;
import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.template.GraphQLApiSpec;

/** The template's AppSync API as AppSync serves it: a {@link GraphQLApiSpec} as an {@link ApiDefinition}. */
final class GraphQLApiDefinitions {

    private GraphQLApiDefinitions() {
    }

    static ApiDefinition of(GraphQLApiSpec api) {
        return new ApiDefinition(api.apiId(), api.name(), api.arn(), AuthType.valueOf(api.authenticationType()),
                api.additionalAuthenticationTypes().stream().map(AuthType::valueOf).toList(), api.schema(),
                api.dataSources().stream().map(source -> new DataSourceDefinition(source.name(), source.type(),
                        source.lambdaFunctionArn(), source.serviceRoleArn(), source.description())).toList(),
                api.functions().stream().map(function -> new PipelineFunctionDefinition(function.functionId(),
                        function.name(), function.dataSourceName(), function.requestTemplate(),
                        function.responseTemplate())).toList(),
                api.resolvers().stream().map(resolver -> new ResolverDefinition(resolver.typeName(),
                        resolver.fieldName(), resolver.kind(), resolver.dataSourceName(), resolver.functionIds(),
                        resolver.requestTemplate(), resolver.responseTemplate())).toList(),
                api.xrayEnabled());
    }
}
