package com.apartmentbooking.reservation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.apartmentbooking.model.validation.ValidationException;
import com.apartmentbooking.reservation.aws.AwsWiring;
import com.apartmentbooking.reservation.port.ApartmentStore;
import com.apartmentbooking.reservation.port.BookingStore;
import com.apartmentbooking.reservation.port.ExecutionHistory;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import software.amazon.lambda.powertools.tracing.Tracing;

/**
 * The AppSync direct Lambda resolver of every reservation field. Replies with the envelope of
 * {@link Reply}: the service's refusals and store outages are answers with an errorType; only a
 * defect in this code surfaces as a Lambda error.
 */
public final class AppSyncResolveHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final System.Logger LOG = System.getLogger(AppSyncResolveHandler.class.getName());

    private final FieldDispatcher dispatcher;

    /** Lambda's constructor: AWS clients are built once, from the function's environment. */
    public AppSyncResolveHandler() {
        this(AwsWiring.reservationService(ReservationSettings.fromEnvironment(System.getenv())));
    }

    public AppSyncResolveHandler(ApartmentStore apartments, BookingStore bookings, ExecutionHistory executions,
                                 Clock clock) {
        this(new ReservationService(apartments, bookings, executions, clock));
    }

    private AppSyncResolveHandler(ReservationService service) {
        this.dispatcher = new FieldDispatcher(service);
    }

    @Tracing
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            return Reply.data(dispatcher.resolve(ResolverEvent.parse(event)));
        } catch (ResolverError e) {
            return Reply.error(e);
        } catch (ValidationException e) {
            return Reply.error(ResolverError.invalid(e));
        } catch (NotFoundException e) {
            return Reply.error(ResolverError.notFound(e.getMessage()));
        } catch (ConflictException e) {
            return Reply.error(ResolverError.conflict(e.getMessage()));
        } catch (StoreUnavailableException e) {
            // The cause goes to the log only: AWS error text can name tables, accounts and ARNs.
            LOG.log(Level.ERROR, "a store could not answer", e);
            return Reply.error(ResolverError.unavailable("the service is temporarily unavailable; please try again"));
        }
    }
}
