package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The ClientRequestTokens of TransactWriteItems, which make a write transaction idempotent for ten minutes from
 * its first use, as on AWS. They are kept in the store with the transaction's writes, so a retry after a restart
 * is still recognised; {@link Housekeeping} removes each when its ten minutes are over.
 */
final class TransactionTokens implements Housekeeping.DueWork {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final DynamoDbStore store;
    private final Clock clock;

    TransactionTokens(DynamoDbStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The token's earlier use, unless there was none or its lifetime is over. */
    Optional<TransactionToken> live(String token, Instant now) {
        return store.transactionToken(token).filter(use -> now.isBefore(endOf(use.firstUsed())));
    }

    @Override
    public Optional<Instant> runDue() {
        store.dropTransactionTokensUsedBefore(clock.now().minus(LIFETIME));
        return store.oldestTransactionToken().map(TransactionTokens::endOf);
    }

    /** The first instant at which a token first used at {@code firstUsed} is new again. */
    static Instant endOf(Instant firstUsed) {
        return firstUsed.plus(LIFETIME).plusNanos(1);
    }
}
