package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;

class SigV4VerifierTest {

    private static final String REGION = "eu-west-1";
    private static final String ACCOUNT = "123456789012";
    private static final Instant NOW = Instant.parse("2026-03-04T10:20:30Z");
    private static final AccessKey USER_KEY = new AccessKey("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static final String BODY = "{\"query\":\"mutation { publish(id: \\\"b-1\\\") { id } }\",\"variables\":{}}";
    private static final String GRAPHQL = "https://abc.appsync-api.eu-west-1.amazonaws.com/graphql";

    private final SigV4Verifier verifier = new SigV4Verifier(AcceptedCredentials.of(ACCOUNT, List.of(USER_KEY)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static SdkSigning signing(AccessKey key) {
        return SdkSigning.as(key, "appsync", REGION, NOW);
    }

    private static Map<String, String> json() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private SigV4Rejection refused(SigV4Request request) {
        return assertThrows(SigV4Rejection.class, () -> verifier.verify(request, "appsync", REGION));
    }

    private static SigV4Request with(SigV4Request request, String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        if (value == null) {
            headers.remove(header);
        } else {
            headers.put(header, value);
        }
        return new SigV4Request(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }

    @Test
    void aRequestSignedByTheSdkIsAcceptedAndNamesItsSigner() {
        SigV4Request request = signing(USER_KEY).post(GRAPHQL, json(), BODY);

        SigV4Principal principal = verifier.verify(request, "appsync", REGION);

        assertEquals(new SigV4Principal("AKIDEXAMPLE", ACCOUNT, "arn:aws:iam::123456789012:user/local", "AKIDEXAMPLE"),
                principal);
    }

    @Test
    void pathsWithSpacesReservedCharactersAndDotSegmentsAreEncodedTwiceAfterNormalising() {
        for (String path : List.of("/a%20b/c%2Bd/%C3%A9t%C3%A9/x%2Ay%3Dz", "/apis/./v1/../graphql", "/trailing/",
                "/%25already%25encoded", "/")) {
            SigV4Request request = signing(USER_KEY).post("https://localhost:4566" + path, json(), BODY);
            verifier.verify(request, "appsync", REGION);
        }
    }

    @Test
    void queryStringsAreDecodedSortedAndEncoded() {
        SigV4Request request = signing(USER_KEY).sign(SdkHttpMethod.GET,
                "https://localhost:4566/graphql?b=2&a=1&a=0&c=x%20y&sl=%2F%2B%3D&flag&empty=&u=%C3%A9", Map.of(),
                new byte[0]);

        assertTrue(request.rawQuery().contains("c=x%20y"), request.rawQuery());
        verifier.verify(request, "appsync", REGION);
    }

    @Test
    void headerValuesAreTrimmedAndSequentialSpacesCollapsed() {
        Map<String, String> headers = json();
        headers.put("X-Meta", "  a    b  c ");
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, headers, BODY);

        verifier.verify(with(signed, "x-meta", "a b c"), "appsync", REGION);
    }

    @Test
    void aContentHashHeaderIsSignedAndMustBeTheBodys() {
        Map<String, String> headers = json();
        headers.put("x-amz-content-sha256", CanonicalRequest.sha256Hex(BODY));
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, headers, BODY);
        verifier.verify(signed, "appsync", REGION);

        SigV4Request otherBody = new SigV4Request(signed.method(), signed.rawPath(), signed.rawQuery(),
                signed.headers(), "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(SigV4Rejection.Kind.INVALID_SIGNATURE, refused(otherBody).kind());
    }

    @Test
    void theFunctionsKeyIsAcceptedWithItsSessionToken() {
        SigV4Request request = signing(AcceptedCredentials.FUNCTION_KEY).post(GRAPHQL, json(), BODY);

        assertEquals("ASIALOCALLAMBDAKEY00", verifier.verify(request, "appsync", REGION).accessKeyId());
    }

    @Test
    void aTemporaryKeyWithoutItsSessionTokenOrWithAnotherIsRefused() {
        AccessKey wrongToken = new AccessKey(AcceptedCredentials.FUNCTION_KEY.accessKeyId(),
                AcceptedCredentials.FUNCTION_KEY.secretAccessKey(), "another-token");
        AccessKey noToken = new AccessKey(AcceptedCredentials.FUNCTION_KEY.accessKeyId(),
                AcceptedCredentials.FUNCTION_KEY.secretAccessKey(), null);

        for (AccessKey key : List.of(wrongToken, noToken)) {
            SigV4Rejection rejection = refused(signing(key).post(GRAPHQL, json(), BODY));
            assertEquals(SigV4Rejection.Kind.UNRECOGNIZED_CLIENT, rejection.kind());
            assertEquals("UnrecognizedClientException", rejection.code());
            assertEquals("The security token included in the request is invalid.", rejection.getMessage());
        }
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        SigV4Rejection rejection = refused(
                signing(new AccessKey("AKIDUNKNOWN", "secret", null)).post(GRAPHQL, json(), BODY));

        assertEquals("UnrecognizedClientException", rejection.code());
        assertEquals("The security token included in the request is invalid.", rejection.getMessage());
    }

    @Test
    void aWrongSecretIsRefusedWithTheCanonicalRequestAwsExpected() {
        SigV4Request request = signing(new AccessKey(USER_KEY.accessKeyId(), "not-the-secret", null))
                .post(GRAPHQL, json(), BODY);

        SigV4Rejection rejection = refused(request);

        assertEquals("InvalidSignatureException", rejection.code());
        String hash = CanonicalRequest.sha256Hex(BODY);
        String canonical = "POST\n/graphql\n\ncontent-type:application/json\nhost:abc.appsync-api.eu-west-1.amazonaws.com\n"
                + "x-amz-content-sha256:" + hash + "\nx-amz-date:20260304T102030Z\n\n"
                + "content-type;host;x-amz-content-sha256;x-amz-date\n" + hash;
        assertEquals("The request signature we calculated does not match the signature you provided. Check your AWS"
                + " Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                + "The Canonical String for this request should have been\n'" + canonical + "'\n\n"
                + "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260304T102030Z\n"
                + "20260304/eu-west-1/appsync/aws4_request\n" + CanonicalRequest.sha256Hex(canonical) + "'\n",
                rejection.getMessage());
    }

    @Test
    void aTamperedBodyPathQueryOrSignedHeaderIsRefused() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL + "?x=1", json(), BODY);
        List<SigV4Request> tampered = List.of(
                new SigV4Request(signed.method(), signed.rawPath(), signed.rawQuery(), signed.headers(),
                        BODY.replace("b-1", "b-2").getBytes(StandardCharsets.UTF_8)),
                new SigV4Request(signed.method(), "/graphql2", signed.rawQuery(), signed.headers(), signed.body()),
                new SigV4Request(signed.method(), signed.rawPath(), "x=2", signed.headers(), signed.body()),
                new SigV4Request("PUT", signed.rawPath(), signed.rawQuery(), signed.headers(), signed.body()),
                with(signed, "content-type", "text/plain"),
                with(signed, "host", "other.example.com"));

        for (SigV4Request request : tampered) {
            assertEquals(SigV4Rejection.Kind.INVALID_SIGNATURE, refused(request).kind());
        }
        verifier.verify(with(signed, "x-unsigned", "added after signing"), "appsync", REGION);
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesAgoHasExpired() {
        SigV4Request request = SdkSigning.as(USER_KEY, "appsync", REGION, NOW.minus(Duration.ofSeconds(301)))
                .post(GRAPHQL, json(), BODY);

        SigV4Rejection rejection = refused(request);

        assertEquals(SigV4Rejection.Kind.SIGNATURE_EXPIRED, rejection.kind());
        assertEquals("InvalidSignatureException", rejection.code());
        assertEquals("Signature expired: 20260304T101529Z is now earlier than 20260304T101530Z"
                + " (20260304T102030Z - 5 min.)", rejection.getMessage());
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesAheadIsNotYetCurrent() {
        SigV4Request request = SdkSigning.as(USER_KEY, "appsync", REGION, NOW.plus(Duration.ofSeconds(301)))
                .post(GRAPHQL, json(), BODY);

        assertEquals("Signature not yet current: 20260304T102531Z is still later than 20260304T102530Z"
                + " (20260304T102030Z + 5 min.)", refused(request).getMessage());
    }

    @Test
    void aRequestSignedWithinFiveMinutesEitherWayIsCurrent() {
        for (Duration skew : List.of(Duration.ofMinutes(-5), Duration.ofMinutes(5))) {
            SigV4Request request = SdkSigning.as(USER_KEY, "appsync", REGION, NOW.plus(skew))
                    .post(GRAPHQL, json(), BODY);
            verifier.verify(request, "appsync", REGION);
        }
    }

    @Test
    void aRequestSignedOnTheAdvancedRuntimeClockIsCurrentAsWellAsOneSignedOnRealTime() {
        Instant runtimeNow = NOW.plus(Duration.ofDays(40));
        SigV4Verifier withRuntimeClock = new SigV4Verifier(AcceptedCredentials.of(ACCOUNT, List.of(USER_KEY)),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> runtimeNow);

        for (Instant signedAt : List.of(NOW, runtimeNow, NOW.minus(Duration.ofMinutes(5)),
                runtimeNow.plus(Duration.ofMinutes(5)))) {
            SigV4Request request = SdkSigning.as(USER_KEY, "appsync", REGION, signedAt).post(GRAPHQL, json(), BODY);
            withRuntimeClock.verify(request, "appsync", REGION);
        }
    }

    @Test
    void aRequestSignedBetweenRealTimeAndTheRuntimeClockIsStaleForBoth() {
        Instant runtimeNow = NOW.plus(Duration.ofDays(40));
        SigV4Verifier withRuntimeClock = new SigV4Verifier(AcceptedCredentials.of(ACCOUNT, List.of(USER_KEY)),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> runtimeNow);
        SigV4Request request = SdkSigning.as(USER_KEY, "appsync", REGION, runtimeNow.minus(Duration.ofSeconds(301)))
                .post(GRAPHQL, json(), BODY);

        SigV4Rejection rejection = assertThrows(SigV4Rejection.class,
                () -> withRuntimeClock.verify(request, "appsync", REGION));

        assertEquals("Signature not yet current: 20260413T101529Z is still later than 20260304T102530Z"
                + " (20260304T102030Z + 5 min.)", rejection.getMessage());
    }

    @Test
    void aMissingAuthorizationIsRefused() {
        SigV4Request request = new SigV4Request("POST", "/graphql", "", Map.of("Host", "localhost"), new byte[0]);

        SigV4Rejection rejection = refused(request);

        assertEquals("MissingAuthenticationTokenException", rejection.code());
        assertEquals("Request is missing Authentication Token", rejection.getMessage());
    }

    @Test
    void anIncompleteAuthorizationNamesEveryMissingPart() {
        String header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260304/eu-west-1/appsync/aws4_request";
        SigV4Request request = new SigV4Request("POST", "/graphql", "",
                Map.of("Host", "localhost", "Authorization", header), new byte[0]);

        SigV4Rejection rejection = refused(request);

        assertEquals("IncompleteSignatureException", rejection.code());
        assertEquals("Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or"
                + " a 'Date' header. Authorization=" + header, rejection.getMessage());
    }

    @Test
    void aCredentialWithoutFiveElementsIsRefused() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);
        String header = signed.header("Authorization").replace("/aws4_request", "");

        assertEquals("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term,"
                + " got 'AKIDEXAMPLE/20260304/eu-west-1/appsync'", refused(with(signed, "authorization", header))
                .getMessage());
    }

    @Test
    void aSignatureScopedToAnotherServiceOrRegionIsRefused() {
        SigV4Rejection service = refused(SdkSigning.as(USER_KEY, "execute-api", REGION, NOW).post(GRAPHQL, json(), BODY));
        SigV4Rejection region = refused(SdkSigning.as(USER_KEY, "appsync", "us-east-1", NOW).post(GRAPHQL, json(), BODY));

        assertEquals("InvalidSignatureException", service.code());
        assertEquals("Credential should be scoped to correct service: 'appsync'. ", service.getMessage());
        assertEquals("Credential should be scoped to a valid region, not 'us-east-1'. ", region.getMessage());
    }

    @Test
    void aCredentialScopeOfAnotherDayThanTheRequestIsRefused() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);
        String header = signed.header("Authorization").replace("/20260304/", "/20260303/");

        assertEquals("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
                + " '20260303' != '20260304', from '20260304T102030Z'.",
                refused(with(signed, "authorization", header)).getMessage());
    }

    @Test
    void theHostMustBeSignedAndEverySignedHeaderPresent() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);
        String withoutHost = signed.header("Authorization").replace("host;", "");

        SigV4Rejection host = refused(with(signed, "authorization", withoutHost));
        SigV4Rejection absent = refused(with(signed, "content-type", null));

        assertEquals("InvalidSignatureException", host.code());
        assertEquals("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", host.getMessage());
        assertEquals("IncompleteSignatureException", absent.code());
        assertEquals("'content-type' is named as a SignedHeader, but it does not exist in the HTTP request.",
                absent.getMessage());
    }

    @Test
    void aDateThatIsNotIsoBasicFormatIsRefused() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);

        assertEquals("Date must be in ISO-8601 'basic format'. Got '2026-03-04T10:20:30Z'."
                + " See http://en.wikipedia.org/wiki/ISO_8601",
                refused(with(signed, "x-amz-date", "2026-03-04T10:20:30Z")).getMessage());
    }

    @Test
    void requestsSignedAtAnyTimeOfAnyDayAreCurrentAtThatTime() {
        for (String time : List.of("2026-01-01T00:00:00Z", "2026-02-28T23:59:59Z", "2024-02-29T12:00:00Z",
                "2026-03-31T09:08:07Z", "2026-12-31T23:59:59Z", "2026-07-15T10:20:30Z")) {
            Instant signedAt = Instant.parse(time);
            SigV4Verifier atThatTime = new SigV4Verifier(AcceptedCredentials.of(ACCOUNT, List.of(USER_KEY)),
                    Clock.fixed(signedAt, ZoneOffset.UTC));
            SigV4Request request = SdkSigning.as(USER_KEY, "appsync", REGION, signedAt).post(GRAPHQL, json(), BODY);

            assertEquals("AKIDEXAMPLE", atThatTime.verify(request, "appsync", REGION).accessKeyId(), time);
            SigV4Rejection stale = assertThrows(SigV4Rejection.class, () -> new SigV4Verifier(
                    AcceptedCredentials.of(ACCOUNT, List.of(USER_KEY)), Clock.fixed(signedAt.plusSeconds(301),
                            ZoneOffset.UTC)).verify(request, "appsync", REGION), time);
            assertEquals(SigV4Rejection.Kind.SIGNATURE_EXPIRED, stale.kind(), time);
        }
    }

    @Test
    void aBasicFormatDateWithAFieldOutOfRangeIsRefused() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);

        for (String date : List.of("20261304T102030Z", "20260304T246030Z", "20260304T10203OZ", "00000304T102030Z")) {
            assertEquals("Date must be in ISO-8601 'basic format'. Got '" + date + "'."
                    + " See http://en.wikipedia.org/wiki/ISO_8601",
                    refused(with(signed, "x-amz-date", date)).getMessage());
        }
    }

    @Test
    void everyWrongPartOfTheScopeIsNamedInOneMessageInAwsOrder() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);
        String header = signed.header("Authorization")
                .replace("/20260304/eu-west-1/appsync/aws4_request", "/20260303/us-east-1/dynamodb/aws5_request");

        assertEquals("Credential should be scoped to a valid region, not 'us-east-1'. Credential should be scoped to"
                + " correct service: 'appsync'. Credential should be scoped with a valid terminator: 'aws4_request',"
                + " not 'aws5_request'. Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                + " from HTTP: '20260303' != '20260304', from '20260304T102030Z'.",
                refused(with(signed, "authorization", header)).getMessage());
    }

    @Test
    void anUnsupportedAlgorithmIsRefusedBeforeTheCredentialIsRead() {
        SigV4Request signed = signing(USER_KEY).post(GRAPHQL, json(), BODY);
        String header = signed.header("Authorization").replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA25")
                .replace("/aws4_request", "");

        SigV4Rejection rejection = refused(with(signed, "authorization", header));

        assertEquals("IncompleteSignatureException", rejection.code());
        assertEquals("Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). ",
                rejection.getMessage());
    }

    @Test
    void anExpiredSignatureIsRefusedBeforeItsScope() {
        SigV4Request stale = SdkSigning.as(USER_KEY, "execute-api", REGION, NOW.minusSeconds(3600))
                .post(GRAPHQL, json(), BODY);

        assertEquals(SigV4Rejection.Kind.SIGNATURE_EXPIRED, refused(stale).kind());
    }

    @Test
    void onlyTheSignaturesOfKnownKeysAreVerifiedWhenUnknownKeysAreServed() {
        SigV4Request unknownKey = signing(new AccessKey("AKIDUNKNOWN", "secret", null)).post(GRAPHQL, json(), BODY);
        SigV4Request wrongSecret = signing(new AccessKey(USER_KEY.accessKeyId(), "not-the-secret", null))
                .post(GRAPHQL, json(), BODY);
        SigV4Request unknownKeyOtherService = SdkSigning.as(new AccessKey("AKIDUNKNOWN", "secret", null),
                "execute-api", REGION, NOW).post(GRAPHQL, json(), BODY);

        assertEquals(Optional.empty(), verifier.verifyKnownKey(unknownKey, "appsync", REGION));
        assertEquals(USER_KEY.accessKeyId(), verifier.verifyKnownKey(signing(USER_KEY).post(GRAPHQL, json(), BODY),
                "appsync", REGION).orElseThrow().accessKeyId());
        assertEquals(SigV4Rejection.Kind.INVALID_SIGNATURE, assertThrows(SigV4Rejection.class,
                () -> verifier.verifyKnownKey(wrongSecret, "appsync", REGION)).kind());
        assertEquals("Credential should be scoped to correct service: 'appsync'. ", assertThrows(SigV4Rejection.class,
                () -> verifier.verifyKnownKey(unknownKeyOtherService, "appsync", REGION)).getMessage());
    }

    @Test
    void otherKindsOfAuthorizationAreToldApart() {
        assertTrue(SigV4Verifier.isSigV4("AWS4-HMAC-SHA256 Credential=a/b/c/d/e"));
        assertEquals(false, SigV4Verifier.isSigV4("eyJraWQiOiJ.jwt.token"));
        assertEquals(false, SigV4Verifier.isSigV4(null));
    }
}
