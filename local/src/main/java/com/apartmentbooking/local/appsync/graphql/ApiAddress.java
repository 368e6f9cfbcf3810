package com.apartmentbooking.local.appsync.graphql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which API a request addresses. On AWS the host names it ({@code <apiId>.appsync-api.<region>.amazonaws.com/graphql},
 * {@code <apiId>.appsync-realtime-api.<region>.amazonaws.com/graphql}); locally the path may also name it
 * ({@code /graphql/<apiId>}, {@code /graphql/<apiId>/realtime}), and {@code /graphql} or
 * {@code /graphql/realtime} on any other host is the first API.
 *
 * @param apiId the API named, or null for the first API
 * @param graphqlPath the GraphQL path of that form, which IAM signatures cover
 */
public record ApiAddress(String apiId, String graphqlPath) {

    private static final Pattern API_HOST = Pattern.compile("([a-z0-9]+)\\.appsync-api\\.[a-z0-9-]+\\.amazonaws\\.com(:\\d+)?");
    private static final Pattern REALTIME_HOST = Pattern.compile(
            "([a-z0-9]+)\\.appsync-realtime-api\\.[a-z0-9-]+\\.amazonaws\\.com(:\\d+)?");
    private static final Pattern API_PATH = Pattern.compile("/graphql/([A-Za-z0-9]+)");
    private static final Pattern REALTIME_PATH = Pattern.compile("/graphql/([A-Za-z0-9]+)/realtime");

    /** The API of a request to the GraphQL endpoint, or empty when the path is none of its forms. */
    public static Optional<ApiAddress> ofGraphQl(String path, String host) {
        if (path.equals("/graphql")) {
            return Optional.of(new ApiAddress(idInHost(API_HOST, host), "/graphql"));
        }
        Matcher named = API_PATH.matcher(path);
        return named.matches() ? Optional.of(new ApiAddress(named.group(1), path)) : Optional.empty();
    }

    /** The API of a connection to the real-time endpoint, or empty when the path is none of its forms. */
    public static Optional<ApiAddress> ofRealtime(String path, String host) {
        String idInHost = idInHost(REALTIME_HOST, host);
        if (path.equals("/graphql/realtime") || (path.equals("/graphql") && idInHost != null)) {
            return Optional.of(new ApiAddress(idInHost, "/graphql"));
        }
        Matcher named = REALTIME_PATH.matcher(path);
        return named.matches() ? Optional.of(new ApiAddress(named.group(1), "/graphql/" + named.group(1)))
                : Optional.empty();
    }

    private static String idInHost(Pattern form, String host) {
        if (host == null) {
            return null;
        }
        Matcher matcher = form.matcher(host.toLowerCase(Locale.ROOT));
        return matcher.matches() ? matcher.group(1) : null;
    }
}
