package com.apartmentbooking.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Plain HTTP calls (GraphQL, the webhook, the runtime's clock), with the CLI's meaning of a failed connection. */
final class Http {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final Target target;

    Http(Target target) {
        this.target = target;
    }

    HttpClient client() {
        return client;
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw Failures.unreachable(target, request.uri());
        } catch (HttpTimeoutException e) {
            throw CliFailure.failed(request.method() + " " + request.uri() + " got no answer within "
                    + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw CliFailure.failed(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failed("interrupted");
        }
    }

    static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }
}
