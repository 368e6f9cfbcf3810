package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.ApiDirectory;
import com.apartmentbooking.local.appsync.ApiKey;
import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.AccessKey;
import com.apartmentbooking.local.server.SdkSigning;
import com.apartmentbooking.local.server.SigV4Request;
import com.apartmentbooking.local.server.SigV4Verifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiAuthorizersTest {

    private static final String REGION = "eu-west-1";
    private static final String ACCOUNT = "123456789012";
    private static final String API_ID = "abcdefghijklmnopqrstuvwxyz";
    private static final String API_KEY = "da2-validkeyvalidkeyvalidkey";
    private static final String SOURCE_IP = "203.0.113.7";
    /** Real time, which signatures are checked against. */
    private static final Instant WALL_NOW = Instant.parse("2026-03-04T10:20:30Z");
    /** The runtime's time, which an operator has advanced a year: API keys expire on it. */
    private static final Instant RUNTIME_NOW = Instant.parse("2027-03-04T00:00:00Z");
    private static final AccessKey USER_KEY = new AccessKey("AKIDEXAMPLE", "secret", null);
    private static final String BODY = "{\"query\":\"query { apartment(id: \\\"apt-001\\\") { id } }\"}";
    private static final String URL = "http://127.0.0.1:4566/appsync-api/" + API_ID + "/graphql";

    private final ControllableClock runtimeClock = new ControllableClock(RUNTIME_NOW);
    private final Keys keys = new Keys();
    private final ApiAuthorizers authorizers = new ApiAuthorizers(keys, runtimeClock,
            new SigV4Verifier(AcceptedCredentials.of(ACCOUNT, List.of(USER_KEY)), Clock.fixed(WALL_NOW, ZoneOffset.UTC)),
            REGION);

    /** An API key expiring an hour after the runtime's now. */
    ApiAuthorizersTest() {
        keys.put(new ApiKey(API_KEY, API_ID, null, RUNTIME_NOW.plus(Duration.ofHours(1)).getEpochSecond(),
                RUNTIME_NOW.plus(Duration.ofDays(61)).getEpochSecond()));
    }

    private ApiAuthorizer api(AuthType defaultType, AuthType... additional) {
        return authorizers.forApi(new ApiDefinition(API_ID, "bookings", "arn:aws:appsync:eu-west-1:" + ACCOUNT
                + ":apis/" + API_ID, defaultType, Arrays.asList(additional), "type Query { a: String }",
                List.of(), List.of(), List.of(), false));
    }

    private static AuthRequest withApiKey(String key) {
        return new AuthRequest("POST", "/graphql", "", Map.of("Content-Type", "application/json", "X-Api-Key", key),
                BODY.getBytes(), SOURCE_IP);
    }

    private static AuthRequest signed(AccessKey key, Instant at) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        SigV4Request request = SdkSigning.as(key, "appsync", REGION, at).post(URL, headers, BODY);
        return new AuthRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers(),
                request.body(), SOURCE_IP);
    }

    private static AuthRequest alsoWithApiKey(AuthRequest request, String key) {
        Map<String, String> headers = new HashMap<>(request.headers());
        headers.put("x-api-key", key);
        return new AuthRequest(request.method(), request.path(), request.rawQuery(), headers, request.body(),
                request.sourceIp());
    }

    private static RequestRefusal refused(ApiAuthorizer authorizer, AuthRequest request) {
        return assertThrows(RequestRefusal.class, () -> authorizer.authenticate(request));
    }

    private static void assertRejection(int status, String errorType, String message, RequestRefusal rejection) {
        assertEquals(status, rejection.status());
        assertEquals(errorType, rejection.errorType());
        assertEquals(message, rejection.getMessage());
    }

    private static void assertNotAuthorized(RequestRefusal rejection) {
        assertRejection(401, "UnauthorizedException", "You are not authorized to make this call.", rejection);
    }

    @Test
    void aValidApiKeyIsACallerWithoutIdentity() {
        Caller caller = api(AuthType.API_KEY).authenticate(withApiKey(API_KEY));

        assertEquals(AuthType.API_KEY, caller.type());
        assertNull(caller.identity());
    }

    @Test
    void anUnknownApiKeyOrNoCredentialsAreNotAuthorized() {
        ApiAuthorizer authorizer = api(AuthType.API_KEY);

        assertNotAuthorized(refused(authorizer, withApiKey("da2-unknownunknownunknown")));
        assertNotAuthorized(refused(authorizer, new AuthRequest("POST", "/graphql", "", Map.of(), BODY.getBytes(),
                SOURCE_IP)));
    }

    @Test
    void anApiKeyStopsWorkingWhenTheRuntimesClockReachesItsExpiry() {
        ApiAuthorizer authorizer = api(AuthType.API_KEY);
        runtimeClock.advance(Duration.ofMinutes(59));
        authorizer.authenticate(withApiKey(API_KEY));

        runtimeClock.advance(Duration.ofMinutes(1));

        assertNotAuthorized(refused(authorizer, withApiKey(API_KEY)));
    }

    @Test
    void aKeyOfAnotherApiIsNotAuthorized() {
        keys.put(new ApiKey("da2-otherapiotherapiotherap", "otherapi", null, Long.MAX_VALUE, Long.MAX_VALUE));

        assertNotAuthorized(refused(api(AuthType.API_KEY), withApiKey("da2-otherapiotherapiotherap")));
    }

    @Test
    void aSignedRequestIsACallerWithTheIamIdentityAppSyncGivesResolvers() {
        Caller caller = api(AuthType.AWS_IAM).authenticate(signed(USER_KEY, WALL_NOW));

        assertEquals(AuthType.AWS_IAM, caller.type());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("accountId", ACCOUNT);
        expected.put("cognitoIdentityAuthProvider", null);
        expected.put("cognitoIdentityAuthType", null);
        expected.put("cognitoIdentityId", null);
        expected.put("cognitoIdentityPoolId", null);
        expected.put("sourceIp", List.of(SOURCE_IP));
        expected.put("userArn", "arn:aws:iam::123456789012:user/local");
        expected.put("username", "AKIDEXAMPLE");
        assertEquals(expected, caller.identity());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(caller.identity().keySet()));
    }

    @Test
    void theFunctionsKeyIsAcceptedSoResolversAndProjectorsInFunctionsCanCallTheApi() {
        Caller caller = api(AuthType.AWS_IAM).authenticate(signed(AcceptedCredentials.FUNCTION_KEY, WALL_NOW));

        assertEquals("ASIALOCALLAMBDAKEY00", caller.identity().get("username"));
    }

    @Test
    void aWrongSignatureIsForbiddenWithAwssOwnWords() {
        RequestRefusal rejection = refused(api(AuthType.AWS_IAM),
                signed(new AccessKey("AKIDEXAMPLE", "wrong", null), WALL_NOW));

        assertEquals(403, rejection.status());
        assertEquals("InvalidSignatureException", rejection.errorType());
        assertTrue(rejection.getMessage().startsWith("The request signature we calculated does not match the signature"
                + " you provided. Check your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.\n\nThe Canonical String for this request should have been\n'POST\n"
                + "/appsync-api/" + API_ID + "/graphql\n"), rejection.getMessage());
    }

    @Test
    void anUnknownAccessKeyIsForbidden() {
        assertRejection(403, "UnrecognizedClientException", "The security token included in the request is invalid.",
                refused(api(AuthType.AWS_IAM), signed(new AccessKey("AKIDUNKNOWN", "secret", null), WALL_NOW)));
    }

    @Test
    void aStaleSignatureIsABadRequestAsAppSyncClientsExpectForClockSkew() {
        assertRejection(400, "BadRequestException", "Signature expired: 20260304T101430Z is now earlier than"
                        + " 20260304T101530Z (20260304T102030Z - 5 min.)",
                refused(api(AuthType.AWS_IAM), signed(USER_KEY, WALL_NOW.minus(Duration.ofMinutes(6)))));
    }

    @Test
    void anIncompleteSignatureIsForbidden() {
        AuthRequest request = new AuthRequest("POST", "/graphql", "", Map.of("Host", "localhost",
                "X-Amz-Date", "20260304T102030Z", "Authorization", "AWS4-HMAC-SHA256 Signature=abc"), BODY.getBytes(),
                SOURCE_IP);

        assertRejection(403, "IncompleteSignatureException", "Authorization header requires 'Credential' parameter."
                        + " Authorization header requires 'SignedHeaders' parameter."
                        + " Authorization=AWS4-HMAC-SHA256 Signature=abc",
                refused(api(AuthType.AWS_IAM), request));
    }

    @Test
    void theSignatureIsCheckedOnRealTimeNotTheAdvancedRuntimeClock() {
        runtimeClock.advance(Duration.ofDays(3));

        assertEquals(AuthType.AWS_IAM, api(AuthType.AWS_IAM).authenticate(signed(USER_KEY, WALL_NOW)).type());
    }

    @Test
    void credentialsOfAModeTheApiDoesNotEnableAreNotAuthorized() {
        assertNotAuthorized(refused(api(AuthType.API_KEY), signed(USER_KEY, WALL_NOW)));
        assertNotAuthorized(refused(api(AuthType.AWS_IAM), withApiKey(API_KEY)));
    }

    @Test
    void withBothModesEnabledTheCredentialsARequestCarriesChooseTheMode() {
        ApiAuthorizer authorizer = api(AuthType.AWS_IAM, AuthType.API_KEY);

        assertEquals(AuthType.API_KEY, authorizer.authenticate(withApiKey(API_KEY)).type());
        assertEquals(AuthType.AWS_IAM, authorizer.authenticate(signed(USER_KEY, WALL_NOW)).type());
        assertEquals(AuthType.AWS_IAM, authorizer.defaultType());
        assertEquals(List.of(AuthType.AWS_IAM, AuthType.API_KEY), authorizer.types());
    }

    @Test
    void aRequestCarryingBothIsTakenByTheFirstModeInTheApisOrderThatAcceptsIt() {
        ApiAuthorizer authorizer = api(AuthType.AWS_IAM, AuthType.API_KEY);
        AuthRequest goodBoth = alsoWithApiKey(signed(USER_KEY, WALL_NOW), API_KEY);
        AuthRequest badSignature = alsoWithApiKey(signed(new AccessKey("AKIDEXAMPLE", "wrong", null), WALL_NOW),
                API_KEY);
        AuthRequest bothBad = alsoWithApiKey(signed(new AccessKey("AKIDEXAMPLE", "wrong", null), WALL_NOW),
                "da2-unknownunknownunknown");

        assertEquals(AuthType.AWS_IAM, authorizer.authenticate(goodBoth).type());
        assertEquals(AuthType.API_KEY, authorizer.authenticate(badSignature).type());
        assertEquals("InvalidSignatureException", refused(authorizer, bothBad).errorType(),
                "the default mode's refusal is the one reported");
    }

    @Test
    void aModeTheRuntimeDoesNotServeRefusesItsRequestsButStaysListed() {
        ApiAuthorizer authorizer = api(AuthType.AMAZON_COGNITO_USER_POOLS, AuthType.API_KEY);
        AuthRequest jwt = new AuthRequest("POST", "/graphql", "", Map.of("Authorization", "eyJraWQiOi.e30.sig"),
                BODY.getBytes(), SOURCE_IP);

        assertNotAuthorized(refused(authorizer, jwt));
        assertEquals(AuthType.API_KEY, authorizer.authenticate(withApiKey(API_KEY)).type());
        assertEquals(List.of(AuthType.AMAZON_COGNITO_USER_POOLS, AuthType.API_KEY), authorizer.types());
    }

    /** The API keys of the test's APIs. */
    private static final class Keys implements ApiDirectory {

        private final Map<String, ApiKey> keys = new HashMap<>();

        void put(ApiKey key) {
            keys.put(key.apiId() + "/" + key.id(), key);
        }

        @Override
        public Optional<ApiDefinition> api(String apiId) {
            return Optional.empty();
        }

        @Override
        public List<ApiDefinition> apis() {
            return List.of();
        }

        @Override
        public Optional<ApiKey> apiKey(String apiId, String key) {
            return Optional.ofNullable(keys.get(apiId + "/" + key));
        }
    }
}
