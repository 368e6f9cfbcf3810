package com.apartmentbooking.local.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/<service>/aws4_request,
 * SignedHeaders=<names>, Signature=<hex>} header. Reading it checks only that the parts are there; the algorithm
 * and the credential's shape are checked later, in AWS's order ({@link #requireAlgorithm}, {@link #scope()}).
 */
record SigV4Authorization(String algorithm, String credential, List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** What AWS's framework takes for an attempt at a SigV4 header; any other is no authentication token at all. */
    private static final String SIGV4_FAMILY = "AWS4-";

    /** The credential's five parts: {@code <key id>/<date>/<region>/<service>/<terminator>}. */
    record Scope(String accessKeyId, String date, String region, String service, String terminator) {

        /** The scope as it is signed: the credential without the key id. */
        String signed() {
            return date + "/" + region + "/" + service + "/" + terminator;
        }
    }

    /** Whether a header is a SigV4 one, so that the other kinds of {@code Authorization} can be told apart. */
    static boolean isSigV4(String authorization) {
        return authorization != null && authorization.startsWith(ALGORITHM + " ");
    }

    /** Whether AWS reads the header as a signature at all; one that is not is a missing authentication token. */
    static boolean isSigV4Family(String authorization) {
        return authorization != null && authorization.trim().startsWith(SIGV4_FAMILY);
    }

    /**
     * Reads the header; {@code hasDate} tells whether the request carries an {@code X-Amz-Date} or {@code Date},
     * which AWS reports in the same message as the header's missing parts.
     */
    static SigV4Authorization parse(String authorization, boolean hasDate) {
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        // The parameters follow the algorithm, separated by commas, spaces or both (read without a regular
        // expression: this runs for every signed request).
        int end = trimmed.length();
        int at = space < 0 ? end : space + 1;
        while (at < end) {
            int next = at;
            while (next < end && !isSeparator(trimmed.charAt(next))) {
                next++;
            }
            int equals = trimmed.indexOf('=', at);
            if (equals >= 0 && equals < next) {
                String value = trimmed.substring(equals + 1, next);
                switch (trimmed.substring(at, equals)) {
                    case "Credential" -> credential = value;
                    case "SignedHeaders" -> signedHeaders = value;
                    case "Signature" -> signature = value;
                    default -> { }
                }
            }
            at = next + 1;
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
        List<String> names = new ArrayList<>(Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";")));
        names.removeIf(String::isEmpty);
        return new SigV4Authorization(algorithm, credential, List.copyOf(names), signature.toLowerCase(Locale.ROOT));
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ';
    }

    private static void requireParameter(StringBuilder missing, String name, String value) {
        if (value == null || value.isEmpty()) {
            missing.append("Authorization header requires '").append(name).append("' parameter. ");
        }
    }

    void requireAlgorithm() {
        if (!algorithm.equals(ALGORITHM)) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE, "Unsupported AWS 'algorithm': '"
                    + algorithm + "' (only " + ALGORITHM + " for now). ");
        }
    }

    /** The credential's parts; trailing slashes do not count, as AWS ignores them. */
    Scope scope() {
        int end = credential.length();
        while (end > 0 && credential.charAt(end - 1) == '/') {
            end--;
        }
        String[] parts = credential.substring(0, end).split("/", -1);
        if (parts.length != 5) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE,
                    "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term,"
                            + " got '" + credential + "'");
        }
        return new Scope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }
}
