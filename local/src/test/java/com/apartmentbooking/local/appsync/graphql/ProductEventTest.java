package com.apartmentbooking.local.appsync.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.DataSourceDefinition;
import com.apartmentbooking.local.appsync.ResolverDefinition;
import com.apartmentbooking.local.appsync.auth.AuthType;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The product's schema and a direct Lambda resolver send exactly the event the reservation function is tested with. */
class ProductEventTest {

    @Test
    void requestBookingEventIsTheOneTheReservationFunctionExpects() throws Exception {
        String schema = Files.readString(Path.of("..", "infra", "schema.graphql"));
        JsonNode expected = Json.DATA.readTree(
                Path.of("..", "reservation-api", "src", "test", "resources", "events", "request-booking.json").toFile());
        ApiDefinition api = new ApiDefinition("productapi", "product", "arn:aws:appsync:eu-west-1:123456789012:apis/productapi",
                AuthType.API_KEY, List.of(AuthType.AWS_IAM), schema,
                List.of(new DataSourceDefinition("ReservationApi", "AWS_LAMBDA", TestApi.FUNCTION, null, null)), List.of(),
                List.of(new ResolverDefinition("Mutation", "requestBooking", "UNIT", "ReservationApi", List.of(), null,
                        null)), false);
        TestApi fixture = new TestApi();
        fixture.apis.set(0, api);

        fixture.engine.execute("productapi", GraphQlRequest.of("""
                mutation {
                  requestBooking(input: {apartmentId: "apt-1", customerId: "customer-7", paymentWindowSeconds: 600,
                                         clientToken: "token-1"}) {
                    id apartmentId customerId status requestedAt paymentWindowSeconds
                  }
                }"""), FakeAuthorizer.API_KEY, Map.of("content-type", "application/json",
                "host", "example1234.appsync-api.eu-west-1.amazonaws.com", "x-api-key", "da2-example")).join();

        assertEquals(expected, fixture.invoker.payloads.get(0));
    }
}
