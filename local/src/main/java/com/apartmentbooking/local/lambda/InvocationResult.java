package com.apartmentbooking.local.lambda;

/**
 * The answer to one synchronous invocation, as Lambda's Invoke API gives it.
 *
 * @param executedVersion the version that ran ({@code $LATEST} unless an alias or version was named)
 * @param payload the response payload: the handler's result, or the error document
 *     ({@code {"errorMessage","errorType","stackTrace"}}) when the function failed
 * @param functionError null on success, {@code Unhandled} when the handler threw, timed out or its instance crashed
 */
public record InvocationResult(String executedVersion, byte[] payload, String functionError) {
}
