package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * States.Hash(data, algorithm): the lower-case hex digest of the data's UTF-8 bytes with MD5,
 * SHA-1, SHA-256, SHA-384 or SHA-512 (spelled exactly so). Data that is not a string is hashed as
 * its JSON text, as AWS does; it may be at most 10,000 characters.
 */
final class HashFunction implements IntrinsicFunction {
    private static final int MAX_INPUT_LENGTH = 10_000;
    private static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    @Override
    public String name() {
        return "States.Hash";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2);
        JsonNode data = invocation.value(0);
        String text = data.isTextual() ? data.textValue() : data.toString();
        String algorithm = invocation.string(1);
        if (text.length() > MAX_INPUT_LENGTH || !ALGORITHMS.contains(algorithm)) {
            throw invocation.invalid();
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return JsonNodeFactory.instance.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide these five digests.
            throw new IllegalStateException(e);
        }
    }
}
