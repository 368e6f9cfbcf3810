package com.apartmentbooking.cli;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns what went wrong into the one line and exit code the user sees. */
final class Failures {

    static final String START_COMMAND = "./run-local.sh";

    /** AWS's codes for credentials it does not accept (a wrong key, a bad signature, an expired token). */
    private static final Set<String> REFUSED_CREDENTIALS = Set.of("UnrecognizedClientException",
            "InvalidSignatureException", "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredTokenException",
            "IncompleteSignatureException", "AccessDeniedException", "AccessDenied", "MissingAuthenticationTokenException");

    private Failures() {
    }

    static CliFailure unreachable(Target target, URI uri) {
        if (target.isAws()) {
            return new CliFailure(ExitCode.UNREACHABLE, "AWS is not reachable at " + uri.getHost()
                    + ": check the network and AWS_REGION");
        }
        return new CliFailure(ExitCode.UNREACHABLE, "The local runtime is not running at " + target.endpoint()
                + ": start it with " + START_COMMAND + " (or point --endpoint or AWS_ENDPOINT_URL at it)");
    }

    static CliFailure refusedApiKey(String detail) {
        return new CliFailure(ExitCode.REFUSED, "The GraphQL API refused the API key (" + detail + "): leave out "
                + "--api-key to use the stack's own key, or give the one " + START_COMMAND + " prints");
    }

    /** Any failure of a command, as the user should see it. */
    static CliFailure of(Throwable failure, Target target) {
        if (failure instanceof CliFailure cli) {
            return cli;
        }
        if (failure instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            String message = aws.awsErrorDetails() == null ? aws.getMessage() : aws.awsErrorDetails().errorMessage();
            if (REFUSED_CREDENTIALS.contains(code) || aws.statusCode() == 403) {
                return new CliFailure(ExitCode.REFUSED, (target.isAws() ? "AWS" : "The runtime")
                        + " refused the credentials (" + code + ": " + message + "): set AWS_ACCESS_KEY_ID and "
                        + "AWS_SECRET_ACCESS_KEY" + (target.isAws() ? "" : " (the runtime takes local/local)"));
            }
            return CliFailure.failed((code == null ? "" : code + ": ") + message);
        }
        if (failure instanceof SdkClientException && causedByConnectionFailure(failure)) {
            return unreachable(target, target.endpoint() == null ? URI.create("https://amazonaws.com")
                    : target.endpoint());
        }
        return CliFailure.failed(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    private static boolean causedByConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
