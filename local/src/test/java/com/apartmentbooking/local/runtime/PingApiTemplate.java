package com.apartmentbooking.local.runtime;

/**
 * The smallest AppSync API a runtime test starts from: one {@code ping} query behind an API key (the template's
 * resources {@code GraphQLApi}, {@code GraphQLSchema} and {@code ApiKey}).
 */
final class PingApiTemplate {

    /** The three resources, indented to stand under a template's {@code Resources:}. */
    static final String RESOURCES = """
              GraphQLApi:
                Type: AWS::AppSync::GraphQLApi
                Properties:
                  Name: !Sub "${AWS::StackName}-api"
                  AuthenticationType: API_KEY
              GraphQLSchema:
                Type: AWS::AppSync::GraphQLSchema
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
                  Definition: "type Query { ping: String }"
              ApiKey:
                Type: AWS::AppSync::ApiKey
                Properties:
                  ApiId: !GetAtt GraphQLApi.ApiId
            """;

    /** A template of those resources alone. */
    static final String TEMPLATE = "Resources:\n" + RESOURCES;

    private PingApiTemplate() {
    }
}
