package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.appsync.auth.AuthType;
import java.util.List;

/**
 * One GraphQL API as it is served: what {@code AWS::AppSync::GraphQLApi}, its {@code GraphQLSchema},
 * {@code DataSource}s, {@code FunctionConfiguration}s and {@code Resolver}s say, resolved.
 *
 * @param apiId the API id (the path and host forms of the endpoint name it)
 * @param name the API's name
 * @param arn {@code arn:aws:appsync:<region>:<account>:apis/<apiId>}
 * @param defaultAuth the {@code AuthenticationType}
 * @param additionalAuth the {@code AdditionalAuthenticationProviders}' types, in template order
 * @param schema the schema's SDL as written (AppSync's implicit scalars and directives are added when it is built)
 * @param dataSources the data sources
 * @param functions the pipeline functions
 * @param resolvers the resolvers
 * @param xrayEnabled {@code XrayEnabled}
 */
public record ApiDefinition(String apiId, String name, String arn, AuthType defaultAuth, List<AuthType> additionalAuth,
        String schema, List<DataSourceDefinition> dataSources, List<PipelineFunctionDefinition> functions,
        List<ResolverDefinition> resolvers, boolean xrayEnabled) {

    public ApiDefinition {
        additionalAuth = List.copyOf(additionalAuth);
        dataSources = List.copyOf(dataSources);
        functions = List.copyOf(functions);
        resolvers = List.copyOf(resolvers);
    }
}
