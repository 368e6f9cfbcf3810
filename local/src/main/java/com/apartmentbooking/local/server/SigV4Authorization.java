package com.apartmentbooking.local.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/<service>/aws4_request,
 * SignedHeaders=<names>, Signature=<hex>} header.
 */
record SigV4Authorization(String accessKeyId, String scopeDate, String region, String service, String terminator,
        List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    /** Whether a header is a SigV4 one, so that the other kinds of {@code Authorization} can be told apart. */
    static boolean isSigV4(String authorization) {
        return authorization != null && authorization.startsWith(ALGORITHM + " ");
    }

    /**
     * Reads the header; {@code hasDate} tells whether the request carries an {@code X-Amz-Date} or {@code Date},
     * which AWS reports in the same message as the header's missing parts.
     */
    static SigV4Authorization parse(String authorization, boolean hasDate) {
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        String parameters = isSigV4(authorization) ? authorization.substring(ALGORITHM.length() + 1) : "";
        for (String parameter : parameters.split(",")) {
            String trimmed = parameter.trim();
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String value = trimmed.substring(equals + 1).trim();
            switch (trimmed.substring(0, equals).trim()) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> { }
            }
        }
        StringBuilder missing = new StringBuilder();
        requireParameter(missing, "Credential", credential);
        requireParameter(missing, "Signature", signature);
        requireParameter(missing, "SignedHeaders", signedHeaders);
        if (!hasDate) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (!missing.isEmpty()) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE,
                    missing + "Authorization=" + authorization);
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE,
                    "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term,"
                            + " got '" + credential + "'");
        }
        List<String> names = new ArrayList<>(Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";")));
        names.removeIf(String::isEmpty);
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], scope[4], List.copyOf(names),
                signature.toLowerCase(Locale.ROOT));
    }

    private static void requireParameter(StringBuilder missing, String name, String value) {
        if (value == null || value.isEmpty()) {
            missing.append("Authorization header requires '").append(name).append("' parameter. ");
        }
    }

    String scope() {
        return scopeDate + "/" + region + "/" + service + "/" + terminator;
    }
}
