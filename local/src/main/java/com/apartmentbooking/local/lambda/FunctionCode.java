package com.apartmentbooking.local.lambda;

/**
 * A function's deployment package, as Lambda identifies it; {@link FunctionCodeFiles} keeps the bytes.
 *
 * @param sha256 the base64 SHA-256 of the package (CodeSha256)
 * @param size its size in bytes (CodeSize)
 */
public record FunctionCode(String sha256, long size) {
}
