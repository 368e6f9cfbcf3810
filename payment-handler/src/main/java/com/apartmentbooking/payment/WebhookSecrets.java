package com.apartmentbooking.payment;

import com.apartmentbooking.payment.port.SecretUnavailableException;
import com.apartmentbooking.payment.port.WebhookSecretSource;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing keys, read once at init and kept for {@link #MAX_AGE}, so a request costs no call to Secrets
 * Manager. A signature none of them verifies may be signed with a secret rotated since: {@link #refreshAfterMismatch}
 * reads them again at once the first time, then at most every {@link #MIN_REFRESH_INTERVAL}, so that forged
 * requests cannot make every request a call.
 */
public final class WebhookSecrets {

    /** How long read keys are used before they are read again (a snapshot restored later reads them again too). */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** The least time between two reads that mismatches cause. */
    public static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);

    static final String ALGORITHM = "HmacSHA256";
    private static final System.Logger LOG = System.getLogger(WebhookSecrets.class.getName());

    private record Keys(List<SecretKeySpec> keys, Instant readAt) {
    }

    private final WebhookSecretSource source;
    private final Clock clock;
    private Keys keys;
    /** When a mismatch last made the keys be read, or null. */
    private Instant lastMismatchRead;

    /** Reads the keys now: a function that cannot read its secret fails its init rather than every request. */
    public WebhookSecrets(WebhookSecretSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.keys = read();
    }

    /** The keys to verify with; read again once they are older than {@link #MAX_AGE}, else the old ones stay. */
    synchronized List<SecretKeySpec> keys() {
        if (!clock.instant().isBefore(keys.readAt().plus(MAX_AGE))) {
            try {
                keys = read();
            } catch (SecretUnavailableException e) {
                // The keys read before still verify what the provider signs unless it rotated meanwhile.
                LOG.log(Level.WARNING, "webhook secret not refreshed, the keys read at " + keys.readAt()
                        + " stay in use", e);
            }
        }
        return keys.keys();
    }

    /**
     * Reads the keys again after a signature none of them verified, unless a mismatch made them be read less than
     * {@link #MIN_REFRESH_INTERVAL} ago.
     *
     * @return whether they were read again (and so are worth another check)
     * @throws SecretUnavailableException when they cannot be read
     */
    synchronized boolean refreshAfterMismatch() {
        Instant now = clock.instant();
        if (lastMismatchRead != null && now.isBefore(lastMismatchRead.plus(MIN_REFRESH_INTERVAL))) {
            return false;
        }
        lastMismatchRead = now;
        keys = read();
        return true;
    }

    private Keys read() {
        List<String> secrets = source.activeSecrets();
        if (secrets.isEmpty() || secrets.stream().anyMatch(secret -> secret == null || secret.isEmpty())) {
            throw new SecretUnavailableException("the webhook secret has an empty value", null);
        }
        List<SecretKeySpec> specs = secrets.stream()
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM)).toList();
        return new Keys(specs, clock.instant());
    }
}
