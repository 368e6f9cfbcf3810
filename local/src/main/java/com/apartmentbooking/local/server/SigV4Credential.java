package com.apartmentbooking.local.server;

/**
 * The credential scope of a SigV4 {@code Authorization} header,
 * {@code AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...}.
 * The signature is not checked: locally any credentials are accepted, but the key id and region still
 * partition state the way accounts and regions do on AWS.
 */
record SigV4Credential(String accessKeyId, String region) {

    static final SigV4Credential NONE = new SigV4Credential(null, null);

    static SigV4Credential parse(String authorization) {
        if (authorization == null) {
            return NONE;
        }
        int start = authorization.indexOf("Credential=");
        if (start < 0) {
            return NONE;
        }
        start += "Credential=".length();
        int end = authorization.indexOf(',', start);
        String[] scope = authorization.substring(start, end < 0 ? authorization.length() : end).trim().split("/");
        return new SigV4Credential(scope[0].isEmpty() ? null : scope[0], scope.length > 2 ? scope[2] : null);
    }
}
