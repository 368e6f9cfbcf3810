package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.server.SigV4Principal;
import com.apartmentbooking.local.server.SigV4Rejection;
import com.apartmentbooking.local.server.SigV4Request;
import com.apartmentbooking.local.server.SigV4Verifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AWS_IAM: the request is signed with SigV4 for the service {@code appsync} in the runtime's region. */
public final class IamAuthenticator implements Authenticator {

    static final String SIGNING_NAME = "appsync";

    private final SigV4Verifier verifier;
    private final String region;

    public IamAuthenticator(SigV4Verifier verifier, String region) {
        this.verifier = verifier;
        this.region = region;
    }

    @Override
    public AuthType type() {
        return AuthType.AWS_IAM;
    }

    @Override
    public boolean carries(AuthRequest request) {
        return SigV4Verifier.isSigV4(request.header("Authorization"));
    }

    @Override
    public Caller authenticate(AuthRequest request) {
        SigV4Principal principal;
        try {
            principal = verifier.verify(new SigV4Request(request.method(), request.path(), request.rawQuery(),
                    request.headers(), request.body()), SIGNING_NAME, region);
        } catch (SigV4Rejection e) {
            throw AuthRejections.signature(e);
        }
        return new Caller(AuthType.AWS_IAM, identity(principal, request.sourceIp()));
    }

    /** The resolver event's {@code identity} for IAM: no Cognito identity, since the key is not one of a pool's. */
    private static Map<String, Object> identity(SigV4Principal principal, String sourceIp) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("accountId", principal.accountId());
        identity.put("cognitoIdentityAuthProvider", null);
        identity.put("cognitoIdentityAuthType", null);
        identity.put("cognitoIdentityId", null);
        identity.put("cognitoIdentityPoolId", null);
        identity.put("sourceIp", sourceIp == null ? List.of() : List.of(sourceIp));
        identity.put("userArn", principal.userArn());
        identity.put("username", principal.username());
        return Collections.unmodifiableMap(identity);
    }
}
