package com.apartmentbooking.projector.aws;

import com.apartmentbooking.projector.ProjectionService;
import com.apartmentbooking.projector.ProjectorSettings;
import com.apartmentbooking.projector.StatusChangeDetector;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** Builds the service on real AWS clients: the function role's credentials and the URL-connection client. */
public final class AwsWiring {

    public static ProjectionService projectionService(ProjectorSettings settings) {
        return new ProjectionService(new StatusChangeDetector(settings.apartmentsTable(), settings.bookingsTable()),
                new AppSyncStatusPublisher(settings.graphqlUrl(), settings.region(),
                        DefaultCredentialsProvider.builder().build(), UrlConnectionHttpClient.create()));
    }

    private AwsWiring() {
    }
}
