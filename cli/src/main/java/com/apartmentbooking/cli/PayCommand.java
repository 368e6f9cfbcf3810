package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pay <bookingId>}: the payment provider's {@code payment.succeeded} webhook, signed with the stack's secret
 * and POSTed to the webhook function's URL, as the provider sends it. It is signed at the target's time (the
 * runtime's clock locally): the webhook refuses a signature more than five minutes away from its own time.
 */
@Command(name = "pay", description = "Pay a booking: send the payment provider's signed webhook.")
final class PayCommand extends CliCommand {

    /** The webhook's answers that mean the payment is recorded for the booking. */
    private static final Set<String> PAID = Set.of("ACCEPTED", "DUPLICATE");

    @Parameters(paramLabel = "BOOKING_ID")
    String bookingId;

    @Option(names = "--amount", defaultValue = "120.50", paramLabel = "AMOUNT",
            description = "The amount paid, kept as written (default: ${DEFAULT-VALUE})")
    BigDecimal amount;

    @Option(names = "--currency", defaultValue = "EUR", paramLabel = "CODE",
            description = "ISO 4217 code (default: ${DEFAULT-VALUE})")
    String currency;

    @Option(names = "--event-id", paramLabel = "ID",
            description = "The provider's event id; send one again to replay it (default: a new one)")
    String eventId;

    @Option(names = "--secret", paramLabel = "SECRET",
            description = "The signing secret (default: Secrets Manager's <stack>/payment-webhook, AWSCURRENT)")
    String secret;

    @Override
    int run(Session session, Output output) {
        String id = eventId != null ? eventId : "evt_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode event = CliJson.object().put("id", id).put("type", "payment.succeeded");
        event.putObject("data").put("bookingId", bookingId).put("amount", amount).put("currency", currency);
        byte[] body = CliJson.compact(event).getBytes(StandardCharsets.UTF_8);
        String signingSecret = secret != null ? secret : session.resources().webhookSecret();
        URI url = session.resources().webhookUrl();
        HttpResponse<String> response = session.http().send(session.http().request(url)
                .header("Content-Type", "application/json")
                .header(WebhookSigner.HEADER, WebhookSigner.header(signingSecret,
                        ClockCommand.worldTime(session).getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        JsonNode answer = CliJson.parse(response.body(), "The payment webhook");
        int status = response.statusCode();
        String result = answer.path("result").asText("");
        if (output.json()) {
            ObjectNode document = CliJson.object().put("httpStatus", status).put("eventId", id)
                    .put("bookingId", bookingId);
            document.set("response", answer);
            output.document(document);
        }
        if (status == 401) {
            String reason = answer.path("error").asText();
            // The webhook words a stale signature "signature timestamp outside ..."; the secret is not to blame then.
            String remedy = reason.contains("timestamp") ? "the signature's time is not the webhook's time"
                    : "give the stack's secret with --secret, or leave it out to read it from Secrets Manager";
            throw new CliFailure(ExitCode.REFUSED, "The webhook refused the signature (" + reason + "): " + remedy);
        }
        if (status != 200) {
            throw CliFailure.failed("The webhook answered HTTP " + status + ": " + describeError(answer));
        }
        if (!output.json()) {
            output.line("Payment " + id + " of " + amount.toPlainString() + " " + currency + " for booking "
                    + bookingId + ": " + result + (answer.hasNonNull("reason") ? " (" + answer.get("reason").asText()
                    + ")" : "") + (answer.hasNonNull("message") ? " - " + answer.get("message").asText() : ""));
        }
        return PAID.contains(result) ? ExitCode.OK : ExitCode.FAILED;
    }

    private static String describeError(JsonNode answer) {
        StringBuilder text = new StringBuilder(answer.path("error").asText(CliJson.compact(answer)));
        answer.path("violations").forEach(v -> text.append("; ").append(v.path("field").asText()).append(' ')
                .append(v.path("message").asText()));
        return text.toString();
    }
}
