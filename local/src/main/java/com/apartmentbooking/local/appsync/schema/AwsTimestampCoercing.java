package com.apartmentbooking.local.appsync.schema;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * {@code AWSTimestamp}: whole seconds before or after 1970-01-01T00:00Z, a JSON number in and out. A string is not a
 * timestamp, even of digits.
 */
final class AwsTimestampCoercing implements Coercing<Long, Long> {

    @Override
    public Long serialize(Object value, GraphQLContext context, Locale locale) {
        Long seconds = seconds(value);
        if (seconds == null) {
            throw new CoercingSerializeException("Unable to serialize `" + value + "` as a valid timestamp.");
        }
        return seconds;
    }

    @Override
    public Long parseValue(Object input, GraphQLContext context, Locale locale) {
        Long seconds = seconds(input);
        if (seconds == null) {
            throw new CoercingParseValueException(unparsable(input));
        }
        return seconds;
    }

    @Override
    public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        Long seconds = input instanceof IntValue integer ? seconds(integer.getValue()) : null;
        if (seconds == null) {
            throw new CoercingParseLiteralException(unparsable(input));
        }
        return seconds;
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return new IntValue(BigInteger.valueOf(parseValue(input, context, locale)));
    }

    /** The whole number of seconds {@code value} is, or null when it is not a number or has a fraction. */
    private static Long seconds(Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        try {
            BigDecimal exact = number instanceof BigInteger big ? new BigDecimal(big) : new BigDecimal(number.toString());
            return exact.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static String unparsable(Object input) {
        return "Unable to parse `" + input + "` as a valid timestamp.";
    }
}
