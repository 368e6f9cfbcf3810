package com.apartmentbooking.local.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The signature checks of an AWS JSON service that asks for them ({@link AwsJsonService#signingScope()}), in the
 * order and words of AWS's request framework: a signature given both in the header and in the query string, an
 * incomplete one, no signature at all or an {@code Authorization} that is no SigV4 attempt, then
 * {@link SigV4Verifier}'s checks.
 *
 * <p>Where the runtime serves what AWS would refuse, on purpose: a key the runtime was not given (it cannot check the
 * signature of a secret it does not know; SDK users of local emulators sign with any key) and a complete presigned
 * query string (its parts are checked, not its signature).
 */
final class AwsJsonSignatures {

    private final SigV4Verifier verifier;

    AwsJsonSignatures(SigV4Verifier verifier) {
        this.verifier = verifier;
    }

    /** @throws SigV4Rejection when the request's signature is refused */
    void check(Request request, byte[] body, SigningScope scope) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String rawQuery = request.getHttpURI().getQuery();
        SigV4QueryParameters query = SigV4QueryParameters.of(rawQuery);
        if (query.present()) {
            query.requireOnlyAndComplete(authorization);
            return;
        }
        if (!SigV4Authorization.isSigV4Family(authorization)) {
            throw new SigV4Rejection(SigV4Rejection.Kind.MISSING_AUTHENTICATION,
                    "Request is missing Authentication Token");
        }
        verifier.verifyKnownKey(new SigV4Request(request.getMethod(), request.getHttpURI().getPath(), rawQuery,
                headers(request), body), scope.service(), scope.region());
    }

    /** Each header once, the values of one sent several times joined by commas, as they are signed. */
    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getLowerCaseName(), field.getValue(), (first, next) -> first + "," + next);
        }
        return headers;
    }
}
