package com.apartmentbooking.payment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.validation.ValidationException;
import com.apartmentbooking.payment.aws.AwsWiring;
import com.apartmentbooking.model.events.EventPublisher;
import com.apartmentbooking.payment.port.PaymentLedger;
import com.apartmentbooking.payment.port.SecretUnavailableException;
import com.apartmentbooking.payment.port.StoreUnavailableException;
import com.apartmentbooking.payment.port.WebhookSecretSource;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import software.amazon.lambda.powertools.tracing.Tracing;

/**
 * The payment provider's webhook behind a Lambda function URL: {@code POST /payments/webhook}.
 * Checks the signature before reading anything else, then applies the payment.
 */
public final class FunctionUrlAcceptPaymentHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final String WEBHOOK_PATH = "/payments/webhook";
    static final String SIGNATURE_HEADER = "Payment-Signature";

    private static final System.Logger LOG = System.getLogger(FunctionUrlAcceptPaymentHandler.class.getName());

    private final WebhookSignature signature;
    private final PaymentService payments;

    /** Lambda's constructor: configuration from the environment, clients built once per container. */
    public FunctionUrlAcceptPaymentHandler() {
        this(PaymentSettings.fromEnvironment(System.getenv()), Clock.systemUTC());
    }

    private FunctionUrlAcceptPaymentHandler(PaymentSettings settings, Clock clock) {
        this(new AwsWiring(settings), clock);
    }

    /** The secret is read here, at init, so that a request finds it in hand. */
    private FunctionUrlAcceptPaymentHandler(AwsWiring aws, Clock clock) {
        this(new WebhookSignature(new WebhookSecrets(aws.webhookSecrets(), clock), clock), aws.paymentService(clock));
    }

    public FunctionUrlAcceptPaymentHandler(PaymentLedger ledger, EventPublisher publisher,
                                           WebhookSecretSource webhookSecrets, Clock clock) {
        this(new WebhookSignature(new WebhookSecrets(webhookSecrets, clock), clock),
                new PaymentService(ledger, publisher, clock));
    }

    private FunctionUrlAcceptPaymentHandler(WebhookSignature signature, PaymentService payments) {
        this.signature = signature;
        this.payments = payments;
    }

    @Tracing
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        FunctionUrlRequest request = new FunctionUrlRequest(event);
        if (!WEBHOOK_PATH.equals(request.path())) {
            return HttpReplies.notFound(request.path());
        }
        if (!"POST".equals(request.method())) {
            return HttpReplies.methodNotAllowed(request.method(), "POST");
        }
        try {
            byte[] body = request.rawBody();
            WebhookSignature.Verdict verdict = signature.verify(request.header(SIGNATURE_HEADER), body);
            if (verdict != WebhookSignature.Verdict.VALID) {
                return HttpReplies.unauthorized(verdict.description());
            }
            Optional<PaymentNotification> notification = PaymentNotification.parse(body);
            if (notification.isEmpty()) {
                return HttpReplies.ignored();
            }
            return HttpReplies.processed(payments.apply(notification.get()));
        } catch (ValidationException e) {
            return HttpReplies.invalid("invalid payment notification", e.violations());
        } catch (StoreUnavailableException | EventPublishException | SecretUnavailableException e) {
            LOG.log(Level.WARNING, "payment not processed, provider will retry", e);
            return HttpReplies.unavailable();
        }
    }
}
