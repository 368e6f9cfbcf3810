package com.apartmentbooking.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay put between a function and the runtime. It passes bytes through both ways until the function has
 * sent a request containing {@code marker}; when the runtime's answer to that request arrives, the relay runs
 * {@code kill} and drops the answer. So the runtime has done the request's work, and the function dies without
 * knowing it: a crash at exactly that point.
 */
final class KillAfterAnswerRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final String marker;
    private final Runnable kill;
    private final AtomicBoolean killed = new AtomicBoolean();
    private final CountDownLatch killedLatch = new CountDownLatch(1);

    KillAfterAnswerRelay(URI target, String marker, Runnable kill) throws IOException {
        this.targetPort = target.getPort();
        this.marker = marker;
        this.kill = kill;
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "kill-after-answer-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Whether the marked request was answered and the kill ran, waiting at most {@code seconds}. */
    boolean awaitKilled(long seconds) throws InterruptedException {
        return killedLatch.await(seconds, TimeUnit.SECONDS);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                AtomicBoolean markedSent = new AtomicBoolean();
                daemon(() -> toServer(client, server, markedSent));
                daemon(() -> toClient(server, client, markedSent));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void toServer(Socket client, Socket server, AtomicBoolean markedSent) {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[8192];
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                seen.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                // Marked before the bytes go on, so the answer can never arrive before the mark.
                if (seen.indexOf(marker) >= 0) {
                    markedSent.set(true);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(server);
        }
    }

    private void toClient(Socket server, Socket client, AtomicBoolean markedSent) {
        byte[] buffer = new byte[8192];
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                if (markedSent.get()) {
                    if (killed.compareAndSet(false, true)) {
                        kill.run();
                        killedLatch.countDown();
                    }
                    closeQuietly(client);
                    return;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private static void daemon(Runnable body) {
        Thread thread = new Thread(body, "kill-after-answer-relay-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed by the other side: nothing left to release.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
