package com.apartmentbooking.local.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand, for what the JDK's client will not send: any {@code Host}, none at all, an upgrade, a
 * body in two parts. One request per connection ({@code Connection: close}), the answer read to the end, except
 * where a method says otherwise.
 */
public final class RawHttp {

    /** An answer: its status, its header lines and its body as text. */
    public record Answer(int status, List<String> headerLines, String body) {

        /** The first value of a header, names case-insensitive. */
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim()).findFirst();
        }

        /** Whether any {@code Access-Control-*} header was sent. */
        public boolean hasCorsHeaders() {
            return headerLines.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("access-control-"));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code requestLine} with {@code headers} ("Name: value" lines, {@code Host} among them if wanted) and a
     * body, to the loopback port; adds {@code Content-Length} when there is a body.
     */
    public static Answer send(int port, String requestLine, List<String> headers, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Sends {@code requestLine} with {@code headers} and a body whose second half arrives {@code pauseMillis} after
     * its first, so that a route can answer before it has the whole body; then, on the same connection, a
     * {@code GET} of {@code nextPath}. Returns the two answers. A server that closed the connection after the first
     * answer fails this with an {@link IOException}.
     */
    public static List<Answer> sendWithLateBodyThenAnother(int port, String requestLine, List<String> headers,
            String body, long pauseMillis, String nextPath) throws IOException, InterruptedException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        int half = content.length / 2;
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content, 0, half);
            out.flush();
            Thread.sleep(pauseMillis);
            out.write(content, half, content.length - half);
            out.write(("GET " + nextPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            Answer first = readSized(in);
            return List.of(first, read(in));
        }
    }

    /** Reads one answer whose body is as long as its {@code Content-Length} says, leaving the connection open. */
    private static Answer readSized(InputStream in) throws IOException {
        Answer head = head(in);
        int length = Integer.parseInt(head.header("Content-Length").orElseThrow(
                () -> new IOException("An answer without Content-Length: " + head)));
        return new Answer(head.status(), head.headerLines(), new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    /** Reads the status line and headers, then the body to the end of the stream, or none after a 101. */
    private static Answer read(InputStream in) throws IOException {
        Answer head = head(in);
        String body = head.status() == 101 ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(head.status(), head.headerLines(), body);
    }

    /** The status line and header lines of an answer, as an answer without its body. */
    private static Answer head(InputStream in) throws IOException {
        String statusLine = line(in);
        List<String> headerLines = new ArrayList<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            headerLines.add(line);
        }
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headerLines, "");
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("The connection closed inside the head of the answer: " + line);
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
