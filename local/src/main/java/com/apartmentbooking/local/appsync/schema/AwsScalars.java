package com.apartmentbooking.local.appsync.schema;

import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import java.util.List;

/**
 * AppSync's implicit scalars ({@code AWSDateTime}, {@code AWSJSON}, ...) with AppSync's rules: what each accepts as
 * an input literal or variable, what a resolver may return for it, and AppSync's words when a value is refused
 * ("Unable to parse `...` as a valid DateTime Object.").
 */
public final class AwsScalars {

    /** The names AppSync provides without a declaration. */
    public static final List<String> NAMES = List.of("AWSDateTime", "AWSDate", "AWSTime", "AWSTimestamp", "AWSEmail",
            "AWSJSON", "AWSURL", "AWSPhone", "AWSIPAddress");

    private AwsScalars() {
    }

    /** Every AppSync scalar, in the order of {@link #NAMES}. */
    public static List<GraphQLScalarType> all() {
        return List.of(
                scalar("AWSDateTime", "An extended ISO 8601 date and time string in the format YYYY-MM-DDThh:mm:ss.sssZ.",
                        new TextScalarCoercing("DateTime Object", TemporalFormats::isDateTime)),
                scalar("AWSDate", "An extended ISO 8601 date string in the format YYYY-MM-DD.",
                        new TextScalarCoercing("Date Object", TemporalFormats::isDate)),
                scalar("AWSTime", "An extended ISO 8601 time string in the format hh:mm:ss.sss.",
                        new TextScalarCoercing("Time Object", TemporalFormats::isTime)),
                scalar("AWSTimestamp", "The number of seconds before or after 1970-01-01-T00:00Z.",
                        new AwsTimestampCoercing()),
                scalar("AWSEmail", "An email address in the format local-part@domain-part as defined by RFC 822.",
                        new TextScalarCoercing("email address", EmailAddresses::isAddress)),
                scalar("AWSJSON", "A JSON string.", new AwsJsonCoercing()),
                scalar("AWSURL", "A URL as defined by RFC 1738.", new TextScalarCoercing("URL", Urls::isUrl)),
                scalar("AWSPhone", "A phone number.",
                        new TextScalarCoercing("phone number", PhoneNumbers::isPhoneNumber)),
                scalar("AWSIPAddress", "A valid IPv4 or IPv6 address.",
                        new TextScalarCoercing("IP address", IpAddresses::isAddress)));
    }

    private static GraphQLScalarType scalar(String name, String description, Coercing<?, ?> coercing) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(coercing).build();
    }
}
