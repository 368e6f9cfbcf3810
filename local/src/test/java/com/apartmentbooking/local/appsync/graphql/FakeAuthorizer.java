package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.auth.ApiAuthorizer;
import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.appsync.auth.Caller;
import java.util.List;
import java.util.Map;

/** API_KEY by default with AWS_IAM added: the key {@code da2-good} and any SigV4-looking authorization pass. */
final class FakeAuthorizer implements ApiAuthorizer {

    static final String KEY = "da2-good";
    static final Map<String, Object> IAM_IDENTITY = Map.of("accountId", "123456789012",
            "userArn", "arn:aws:iam::123456789012:user/ops");

    static final Caller API_KEY = new Caller(AuthType.API_KEY, null);
    static final Caller IAM = new Caller(AuthType.AWS_IAM, IAM_IDENTITY);

    @Override
    public Caller authenticate(AuthRequest request) {
        String authorization = request.header("authorization");
        if (authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 ")) {
            return IAM;
        }
        if (KEY.equals(request.header("x-api-key"))) {
            return API_KEY;
        }
        if (request.header("x-api-key") != null) {
            throw new RequestRefusal(401, "UnauthorizedException", "You are not authorized to make this call.");
        }
        throw new RequestRefusal(401, "UnauthorizedException", "Missing authorization header");
    }

    @Override
    public AuthType defaultType() {
        return AuthType.API_KEY;
    }

    @Override
    public List<AuthType> types() {
        return List.of(AuthType.API_KEY, AuthType.AWS_IAM);
    }
}
