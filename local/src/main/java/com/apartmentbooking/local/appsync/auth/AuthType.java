package com.apartmentbooking.local.appsync.auth;

/** AppSync's authorization types, by their wire names ({@code authenticationType}). */
public enum AuthType {
    API_KEY,
    AWS_IAM,
    AMAZON_COGNITO_USER_POOLS,
    OPENID_CONNECT,
    AWS_LAMBDA;

    /** The directive that grants a type or field to this mode, e.g. {@code aws_api_key}. */
    public String directive() {
        return switch (this) {
            case API_KEY -> "aws_api_key";
            case AWS_IAM -> "aws_iam";
            case AMAZON_COGNITO_USER_POOLS -> "aws_cognito_user_pools";
            case OPENID_CONNECT -> "aws_oidc";
            case AWS_LAMBDA -> "aws_lambda";
        };
    }
}
