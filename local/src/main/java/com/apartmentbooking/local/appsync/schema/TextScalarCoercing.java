package com.apartmentbooking.local.appsync.schema;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A scalar that is a string of one format ({@code AWSDateTime}, {@code AWSPhone}, ...): accepted as given when the
 * format holds, in input and in output alike, as AppSync checks both ("Unable to serialize `...` as a valid
 * DateTime Object." when a resolver returns a malformed value).
 */
final class TextScalarCoercing implements Coercing<String, String> {

    private final String what;
    private final Predicate<String> valid;

    /**
     * @param what how AppSync's messages name the value, e.g. {@code DateTime Object} or {@code phone number}
     * @param valid whether a string has the format
     */
    TextScalarCoercing(String what, Predicate<String> valid) {
        this.what = what;
        this.valid = valid;
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof String text && valid.test(text)) {
            return text;
        }
        throw new CoercingSerializeException("Unable to serialize `" + value + "` as a valid " + what + ".");
    }

    @Override
    public String parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof String text && valid.test(text)) {
            return text;
        }
        throw new CoercingParseValueException(unparsable(input));
    }

    @Override
    public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue string && valid.test(string.getValue())) {
            return string.getValue();
        }
        throw new CoercingParseLiteralException(
                unparsable(input instanceof StringValue string ? string.getValue() : input));
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(parseValue(input, context, locale));
    }

    private String unparsable(Object input) {
        return "Unable to parse `" + input + "` as a valid " + what + ".";
    }
}
