package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * States.Base64Decode(base64): the UTF-8 text the Base64 holds; at most 10,000 characters in.
 * AWS decodes leniently: characters outside the alphabet are skipped, the first {@code =} ends
 * the data, and missing padding is tolerated (" YWJjZA== ", "abc" and "ab==cd" all decode), so
 * this decoder does the same instead of using the JDK's strict one.
 */
final class Base64DecodeFunction implements IntrinsicFunction {
    private static final int MAX_INPUT_LENGTH = 10_000;

    @Override
    public String name() {
        return "States.Base64Decode";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(1);
        String text = invocation.string(0);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw invocation.invalid();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 3 / 4);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            int sextet = sextet(c);
            if (sextet < 0) {
                continue;
            }
            buffer = (buffer << 6) | sextet;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                bytes.write((buffer >> bits) & 0xFF);
            }
        }
        return JsonNodeFactory.instance.textNode(bytes.toString(StandardCharsets.UTF_8));
    }

    // Both the standard and the URL-safe alphabets are accepted.
    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+' || c == '-') {
            return 62;
        }
        if (c == '/' || c == '_') {
            return 63;
        }
        return -1;
    }
}
