package com.apartmentbooking.local.appsync.schema;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.util.List;
import java.util.Locale;

/** AppSync's implicit scalars ({@code AWSDateTime}, {@code AWSJSON}, ...) with AppSync's parsing rules. */
public final class AwsScalars {

    /** The names AppSync provides without a declaration. */
    public static final List<String> NAMES = List.of("AWSDateTime", "AWSDate", "AWSTime", "AWSTimestamp", "AWSEmail",
            "AWSJSON", "AWSURL", "AWSPhone", "AWSIPAddress");

    private AwsScalars() {
    }

    /** Every AppSync scalar; a schema that declares a scalar of the same name keeps its own. */
    public static List<GraphQLScalarType> all() {
        return NAMES.stream().map(AwsScalars::text).toList();
    }

    private static GraphQLScalarType text(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String) {
                    return input;
                }
                throw new CoercingParseValueException("Expected a string for " + name);
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (input instanceof StringValue string) {
                    return string.getValue();
                }
                throw new CoercingParseLiteralException("Expected a string literal for " + name);
            }
        }).build();
    }
}
