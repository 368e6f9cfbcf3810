package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.reservation.port.ExecutionHistory;
import com.apartmentbooking.reservation.port.HistoryEntry;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;

/** {@link ExecutionHistory} from Step Functions {@code GetExecutionHistory}. */
public final class StepFunctionsExecutionHistory implements ExecutionHistory {
    /** The API's largest page: fewer round trips for a long history. */
    private static final int PAGE_SIZE = 1000;

    private final Supplier<SfnClient> client;

    public StepFunctionsExecutionHistory(SfnClient client) {
        this.client = () -> client;
    }

    private StepFunctionsExecutionHistory(Supplier<SfnClient> client) {
        this.client = client;
    }

    /** Builds the client when the first history is read: requesting a booking, the common cold start, never reads one. */
    public static StepFunctionsExecutionHistory builtOnFirstUse(Supplier<SfnClient> factory) {
        return new StepFunctionsExecutionHistory(new OnFirstUse<>(factory));
    }

    /** Follows every nextToken; an execution past Step Functions' retention has no history left to show. */
    @Override
    public List<HistoryEntry> eventsOf(String executionArn) {
        List<HistoryEntry> entries = new ArrayList<>();
        try {
            client.get().getExecutionHistoryPaginator(r -> r.executionArn(executionArn).reverseOrder(false).maxResults(PAGE_SIZE))
                    .events()
                    .forEach(event -> entries.add(HistoryEntries.of(event)));
            return entries;
        } catch (ExecutionDoesNotExistException e) {
            return List.of();
        } catch (SdkException e) {
            throw new StoreUnavailableException("reading the history of " + executionArn + " failed", e);
        }
    }
}
