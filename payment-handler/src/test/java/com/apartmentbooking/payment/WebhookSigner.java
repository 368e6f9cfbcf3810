package com.apartmentbooking.payment;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook requests as the payment provider does, computed here with javax.crypto directly. */
final class WebhookSigner {

    static String hmacHex(String secret, String signedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmacHex(secret, timestamp + "." + body);
    }

    /** Adds a {@code payment-signature} header (lower-case, as function URLs deliver it) for the event's body. */
    static APIGatewayV2HTTPEvent sign(APIGatewayV2HTTPEvent event, String secret, long timestamp) {
        return withSignatureHeader(event, header(secret, timestamp, bodyText(event)));
    }

    static APIGatewayV2HTTPEvent withSignatureHeader(APIGatewayV2HTTPEvent event, String value) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("payment-signature", value);
        event.setHeaders(headers);
        return event;
    }

    /** The body as the provider sent it: decoded when the function URL base64-encoded it. */
    static String bodyText(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        return event.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
                : body;
    }

    private WebhookSigner() {
    }
}
