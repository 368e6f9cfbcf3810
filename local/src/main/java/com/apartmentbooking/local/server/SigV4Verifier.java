package com.apartmentbooking.local.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the AWS Signature Version 4 of a request signed in its {@code Authorization} header, as AWS services
 * other than S3 do, against the keys the runtime accepts. The request's date may be within the allowed skew of
 * either real time or the runtime's clock: clients outside sign with their own (real) clock, which an operator's
 * clock advance must not make stale, while functions the runtime runs read the runtime's clock and sign with it.
 */
public final class SigV4Verifier {

    /** How far a request's date may be from now, either way. */
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

    private static final DateTimeFormatter BASIC_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String INVALID_TOKEN = "The security token included in the request is invalid.";
    private static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.";

    private final AcceptedCredentials credentials;
    private final Clock wallClock;
    private final com.apartmentbooking.local.clock.Clock runtimeClock;
    private final SigningKeys signingKeys = new SigningKeys();

    /** Compares request dates with {@code wallClock} (real time but in tests) and with {@code runtimeClock}. */
    public SigV4Verifier(AcceptedCredentials credentials, Clock wallClock,
            com.apartmentbooking.local.clock.Clock runtimeClock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.runtimeClock = Objects.requireNonNull(runtimeClock, "runtimeClock");
    }

    /** Compares request dates with {@code wallClock} only, real time but in tests. */
    public SigV4Verifier(AcceptedCredentials credentials, Clock wallClock) {
        this(credentials, wallClock, wallClock::instant);
    }

    /** Compares request dates with real time and with {@code runtimeClock}. */
    public SigV4Verifier(AcceptedCredentials credentials, com.apartmentbooking.local.clock.Clock runtimeClock) {
        this(credentials, Clock.systemUTC(), runtimeClock);
    }

    /** Whether an {@code Authorization} header is a SigV4 signature rather than another kind of token. */
    public static boolean isSigV4(String authorization) {
        return SigV4Authorization.isSigV4(authorization);
    }

    /**
     * Verifies the request's signature for {@code service} in {@code region}.
     *
     * @return who signed it
     * @throws SigV4Rejection when it is not signed, is signed wrongly, too long ago, or with an unknown key
     */
    public SigV4Principal verify(SigV4Request request, String service, String region) {
        if (request.header("Authorization") == null) {
            throw new SigV4Rejection(SigV4Rejection.Kind.MISSING_AUTHENTICATION, "Request is missing Authentication Token");
        }
        Checked checked = check(request, service, region);
        AccessKey key = credentials.key(checked.scope().accessKeyId())
                .orElseThrow(() -> new SigV4Rejection(SigV4Rejection.Kind.UNRECOGNIZED_CLIENT, INVALID_TOKEN));
        return verifySignature(request, checked, key);
    }

    /**
     * Checks a signed request as {@link #verify} does, but serves a key the runtime was not given without checking
     * its signature, which it cannot: what services that take any key (as local AWS emulators do) answer.
     *
     * @return who signed it, or empty when the key is not one the runtime knows
     * @throws SigV4Rejection when the header is malformed, the request too old or its scope wrong, or a known key's
     *         signature or session token does not match
     */
    public Optional<SigV4Principal> verifyKnownKey(SigV4Request request, String service, String region) {
        Checked checked = check(request, service, region);
        Optional<AccessKey> key = credentials.key(checked.scope().accessKeyId());
        return key.map(known -> verifySignature(request, checked, known));
    }

    /** A header that passed every check a secret is not needed for. */
    private record Checked(SigV4Authorization authorization, SigV4Authorization.Scope scope, String timestamp) {
    }

    /** The checks in AWS's order: the header's parts, the date, the signed headers, the algorithm, the scope. */
    private Checked check(SigV4Request request, String service, String region) {
        String header = request.header("Authorization");
        String amzDate = request.header("X-Amz-Date");
        String httpDate = request.header("Date");
        SigV4Authorization authorization = SigV4Authorization.parse(header, amzDate != null || httpDate != null);
        Instant signedAt = signedAt(amzDate, httpDate);
        String timestamp = amzDate != null ? amzDate : BASIC_FORMAT.format(signedAt);
        requireCurrent(signedAt);
        requireSignedHeaders(request, authorization);
        authorization.requireAlgorithm();
        SigV4Authorization.Scope scope = authorization.scope();
        requireScope(scope, service, region, timestamp);
        return new Checked(authorization, scope, timestamp);
    }

    private SigV4Principal verifySignature(SigV4Request request, Checked checked, AccessKey key) {
        if (key.sessionToken() != null && !key.sessionToken().equals(request.header("X-Amz-Security-Token"))) {
            throw new SigV4Rejection(SigV4Rejection.Kind.UNRECOGNIZED_CLIENT, INVALID_TOKEN);
        }
        SigV4Authorization authorization = checked.authorization();
        String canonical = CanonicalRequest.of(request, authorization.signedHeaders());
        String stringToSign = SigV4Authorization.ALGORITHM + "\n" + checked.timestamp() + "\n"
                + checked.scope().signed() + "\n" + CanonicalRequest.sha256Hex(canonical);
        String expected = signature(key.secretAccessKey(), checked.scope(), stringToSign);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INVALID_SIGNATURE, SIGNATURE_MISMATCH
                    + "\n\nThe Canonical String for this request should have been\n'" + canonical + "'\n\n"
                    + "The String-to-Sign should have been\n'" + stringToSign + "'\n");
        }
        return credentials.principal(key);
    }

    private static Instant signedAt(String amzDate, String httpDate) {
        String value = amzDate != null ? amzDate : httpDate;
        try {
            return amzDate != null
                    ? Instant.from(BASIC_FORMAT.parse(amzDate))
                    : ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE, "Date must be in ISO-8601 'basic format'."
                    + " Got '" + value + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    private static void requireSignedHeaders(SigV4Request request, SigV4Authorization authorization) {
        if (!authorization.signedHeaders().contains("host")) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INVALID_SIGNATURE,
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        for (String name : authorization.signedHeaders()) {
            if (request.header(name) == null) {
                throw new SigV4Rejection(SigV4Rejection.Kind.INCOMPLETE_SIGNATURE,
                        "'" + name + "' is named as a SignedHeader, but it does not exist in the HTTP request.");
            }
        }
    }

    /** Every part of the scope that is wrong, in one message, in the order AWS lists them. */
    private static void requireScope(SigV4Authorization.Scope scope, String service, String region, String timestamp) {
        StringBuilder problems = new StringBuilder();
        if (!scope.region().equals(region)) {
            problems.append("Credential should be scoped to a valid region, not '").append(scope.region())
                    .append("'. ");
        }
        if (!scope.service().equals(service)) {
            problems.append("Credential should be scoped to correct service: '").append(service).append("'. ");
        }
        if (!scope.terminator().equals("aws4_request")) {
            problems.append("Credential should be scoped with a valid terminator: 'aws4_request', not '")
                    .append(scope.terminator()).append("'. ");
        }
        String day = timestamp.length() >= 8 ? timestamp.substring(0, 8) : timestamp;
        if (!scope.date().equals(day)) {
            problems.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from")
                    .append(" HTTP: '").append(scope.date()).append("' != '").append(day).append("', from '").append(timestamp)
                    .append("'.");
        }
        if (!problems.isEmpty()) {
            throw new SigV4Rejection(SigV4Rejection.Kind.INVALID_SIGNATURE, problems.toString());
        }
    }

    /** Refuses a date outside the skew of both clocks; the refusal speaks of real time, as the signer's own clock. */
    private void requireCurrent(Instant signedAt) {
        if (withinSkew(signedAt, runtimeClock.now())) {
            return;
        }
        Instant now = wallClock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
            throw new SigV4Rejection(SigV4Rejection.Kind.SIGNATURE_EXPIRED, "Signature expired: "
                    + BASIC_FORMAT.format(signedAt) + " is now earlier than "
                    + BASIC_FORMAT.format(now.minus(ALLOWED_SKEW)) + " (" + BASIC_FORMAT.format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
            throw new SigV4Rejection(SigV4Rejection.Kind.SIGNATURE_EXPIRED, "Signature not yet current: "
                    + BASIC_FORMAT.format(signedAt) + " is still later than "
                    + BASIC_FORMAT.format(now.plus(ALLOWED_SKEW)) + " (" + BASIC_FORMAT.format(now) + " + 5 min.)");
        }
    }

    private static boolean withinSkew(Instant signedAt, Instant time) {
        Instant now = time.truncatedTo(ChronoUnit.SECONDS);
        return !signedAt.isBefore(now.minus(ALLOWED_SKEW)) && !signedAt.isAfter(now.plus(ALLOWED_SKEW));
    }

    private String signature(String secret, SigV4Authorization.Scope scope, String stringToSign) {
        return HexFormat.of().formatHex(SigningKeys.hmac(signingKeys.of(secret, scope), stringToSign));
    }
}
