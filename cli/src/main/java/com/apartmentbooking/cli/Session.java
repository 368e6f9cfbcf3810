package com.apartmentbooking.cli;

/** One command's connections: the target, HTTP, the SDK clients, the stack's resources and its GraphQL API. */
final class Session implements AutoCloseable {

    private final Target target;
    private final String apiKeyOption;
    private final Http http;
    private final AwsClients aws;
    private final StackResources resources;
    private GraphQlClient graphQl;

    Session(Target target, String apiKeyOption) {
        this.target = target;
        this.apiKeyOption = apiKeyOption;
        this.http = new Http(target);
        this.aws = new AwsClients(target);
        this.resources = new StackResources(target, aws, http);
    }

    Target target() {
        return target;
    }

    Http http() {
        return http;
    }

    AwsClients aws() {
        return aws;
    }

    StackResources resources() {
        return resources;
    }

    /** The API key: {@code --api-key}, else the API's own. */
    String apiKey() {
        return apiKeyOption != null ? apiKeyOption : resources.apiKey();
    }

    GraphQlClient graphQl() {
        if (graphQl == null) {
            graphQl = new GraphQlClient(http, resources.graphQlApi().graphqlUrl(), apiKey());
        }
        return graphQl;
    }

    @Override
    public void close() {
        aws.close();
    }
}
