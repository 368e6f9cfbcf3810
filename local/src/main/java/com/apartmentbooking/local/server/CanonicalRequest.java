package com.apartmentbooking.local.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The canonical request of SigV4 as AWS services other than S3 build it: the path normalised and encoded a second
 * time, the query parameters decoded, encoded and sorted, the signed headers' values trimmed, the hash of the
 * body as received.
 */
final class CanonicalRequest {

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalRequest() {
    }

    /** The canonical request of {@code request} over its signed headers (lower case, each present). */
    static String of(SigV4Request request, List<String> signedHeaders) {
        List<String> names = new ArrayList<>(new TreeSet<>(signedHeaders));
        StringBuilder canonical = new StringBuilder()
                .append(request.method()).append('\n')
                .append(uri(request.rawPath())).append('\n')
                .append(query(request.rawQuery())).append('\n');
        for (String name : names) {
            canonical.append(name).append(':').append(headerValue(request.header(name))).append('\n');
        }
        return canonical.append('\n')
                .append(String.join(";", names)).append('\n')
                .append(sha256Hex(request.body()))
                .toString();
    }

    /** The path without empty, {@code .} and {@code ..} segments, each byte but the unreserved ones encoded. */
    static String uri(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(encode(segment));
            }
        }
        String path = "/" + String.join("/", segments);
        return rawPath.endsWith("/") && !segments.isEmpty() ? path + "/" : path;
    }

    /** The parameters decoded then encoded, sorted by name then value, a parameter without a value as {@code name=}. */
    static String query(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            parameters.add(new String[] {encode(decode(name)), encode(decode(value))});
        }
        parameters.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        List<String> pairs = new ArrayList<>();
        parameters.forEach(p -> pairs.add(p[0] + "=" + p[1]));
        return String.join("&", pairs);
    }

    /** A header's value trimmed, sequential spaces collapsed to one. */
    static String headerValue(String value) {
        return value.trim().replaceAll(" +", " ");
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** AWS's URI encoding: every UTF-8 byte but {@code A-Z a-z 0-9 - _ . ~} as {@code %XX}, upper case. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(UPPER_HEX[(b >> 4) & 0xF]).append(UPPER_HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** Percent-decoding; a {@code %} not followed by two hex digits stays as it is. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
