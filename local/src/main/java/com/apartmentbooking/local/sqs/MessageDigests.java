package com.apartmentbooking.local.sqs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 checksums SQS returns for a message body and its attributes, computed exactly as AWS does: the SDKs
 * recompute both and fail the call when they differ.
 */
final class MessageDigests {

    /** Transport type bytes of AWS's attribute encoding: strings and numbers travel as 1, binaries as 2. */
    private static final byte STRING_TRANSPORT = 1;
    private static final byte BINARY_TRANSPORT = 2;

    private MessageDigests() {
    }

    static String ofBody(String body) {
        return hex(md5(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Names in ascending order; for each the name, the data type, a transport byte and the value, every length
     * prefixed by its 4-byte big-endian length. {@code null} for no attributes, as SQS omits the field then.
     */
    static String ofAttributes(Map<String, MessageAttribute> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, MessageAttribute> entry : new TreeMap<>(attributes).entrySet()) {
            MessageAttribute attribute = entry.getValue();
            writeLengthPrefixed(out, entry.getKey().getBytes(StandardCharsets.UTF_8));
            writeLengthPrefixed(out, attribute.dataType().getBytes(StandardCharsets.UTF_8));
            if (attribute.isBinary()) {
                out.write(BINARY_TRANSPORT);
                writeLengthPrefixed(out, attribute.binaryValue());
            } else {
                out.write(STRING_TRANSPORT);
                writeLengthPrefixed(out, attribute.stringValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return hex(md5(out.toByteArray()));
    }

    private static void writeLengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
