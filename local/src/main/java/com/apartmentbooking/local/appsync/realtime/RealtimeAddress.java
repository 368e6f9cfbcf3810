package com.apartmentbooking.local.appsync.realtime;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests address AppSync's real-time endpoint, and which GraphQL path a connection's header is signed
 * for. The endpoint answers on {@code /graphql/realtime} (a custom domain's form, which clients derive from the
 * GraphQL endpoint {@code .../graphql} by appending {@code /realtime}), on {@code /graphql/<apiId>/realtime}
 * (the same for a GraphQL endpoint {@code .../graphql/<apiId>}) and on {@code /graphql} when the request is for
 * the real-time host {@code <apiId>.appsync-realtime-api.<region>.amazonaws.com}.
 *
 * @param graphqlPath the GraphQL path the connection belongs to: clients sign the connection's header as a POST
 *     of {@code {}} to that path plus {@code /connect}
 */
record RealtimeAddress(String graphqlPath) {

    private static final String GRAPHQL = "/graphql";
    private static final String REALTIME_SUFFIX = "/realtime";
    private static final Pattern API_SEGMENT = Pattern.compile("[^/]+");
    private static final Pattern REALTIME_HOST =
            Pattern.compile("[^.]+\\.appsync-realtime-api\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?(:\\d+)?",
                    Pattern.CASE_INSENSITIVE);

    /** The address a request names, or empty when it is not for the real-time endpoint. */
    static Optional<RealtimeAddress> of(String path, String host) {
        if (path.equals(GRAPHQL + REALTIME_SUFFIX)) {
            return Optional.of(new RealtimeAddress(GRAPHQL));
        }
        if (path.startsWith(GRAPHQL + "/") && path.endsWith(REALTIME_SUFFIX)) {
            String apiId = path.substring(GRAPHQL.length() + 1, path.length() - REALTIME_SUFFIX.length());
            return API_SEGMENT.matcher(apiId).matches()
                    ? Optional.of(new RealtimeAddress(GRAPHQL + "/" + apiId))
                    : Optional.empty();
        }
        if (path.equals(GRAPHQL) && host != null && REALTIME_HOST.matcher(host).matches()) {
            return Optional.of(new RealtimeAddress(GRAPHQL));
        }
        return Optional.empty();
    }

    /** The path a connection's IAM header is signed for. */
    String connectPath() {
        return graphqlPath + "/connect";
    }
}
