package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.appsync.auth.ApiAuthorizers;
import com.apartmentbooking.local.appsync.graphql.GraphQlEngine;
import com.apartmentbooking.local.appsync.realtime.RealtimeEndpoint;
import com.apartmentbooking.local.appsync.vtl.VelocityMappingTemplates;
import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.server.SigV4Verifier;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import org.eclipse.jetty.server.Handler;

/**
 * AppSync assembled on one {@link Store} and {@link Clock}: its APIs and keys, its control plane under
 * {@code /v1/apis}, and each API's GraphQL endpoint and real-time WebSocket endpoint under {@code /graphql},
 * ready to be put on a {@link FrontDoor}.
 */
public final class LocalAppSync {

    /** Where the GraphQL and real-time endpoints are, in every form of their addresses. */
    public static final String GRAPHQL_PREFIX = "/graphql";

    private final AppSyncService service;
    private final AppSyncProtocol protocol;
    private final GraphQlEngine engine;
    private final Handler graphql;

    private LocalAppSync(AppSyncService service, AppSyncProtocol protocol, GraphQlEngine engine) {
        this.service = service;
        this.protocol = protocol;
        this.engine = engine;
        // Upgrades to the real-time protocol first; every other request on the prefix is a GraphQL request.
        this.graphql = new Handler.Sequence(new RealtimeEndpoint(engine.subscriptions()), new GraphQlEndpoint(engine));
    }

    /**
     * Opens AppSync on {@code store}; the keys it holds are served again once their APIs are applied.
     *
     * @param region the region AWS_IAM signatures are scoped to
     * @param endpoint the runtime's front door, which the APIs' GraphQL and real-time URLs are under
     * @param functions how AWS_LAMBDA data sources invoke their functions
     * @param credentials the access keys AWS_IAM requests may be signed with
     */
    public static LocalAppSync start(Store store, Clock clock, String region, String accountId, URI endpoint,
            FunctionInvoker functions, AcceptedCredentials credentials) {
        AppSyncService service = new AppSyncService(new AppSyncStore(store), clock);
        AppSyncProtocol protocol = new AppSyncProtocol(service, new PrintedSchemas(), new ApiEndpoints(endpoint),
                accountId);
        ApiAuthorizers authorizers = new ApiAuthorizers(service, clock, new SigV4Verifier(credentials, clock), region);
        GraphQlEngine engine = new GraphQlEngine(service, authorizers::forApi, functions,
                new VelocityMappingTemplates(clock));
        return new LocalAppSync(service, protocol, engine);
    }

    /** Adds AppSync's control plane and its GraphQL and real-time endpoints to a front door being built. */
    public FrontDoor.Builder registerOn(FrontDoor.Builder frontDoor) {
        return frontDoor.route(AppSyncProtocol.PREFIX, protocol).route(GRAPHQL_PREFIX, graphql)
                .cors(GRAPHQL_PREFIX, GraphQlEndpoint.CORS);
    }

    /** The APIs and keys. */
    public ApiDirectory directory() {
        return service;
    }

    /** AppSync's behaviour, through which the runtime applies the template's APIs and keys. */
    public AppSyncService service() {
        return service;
    }

    /** The GraphQL engine, for in-process execution (tests, benchmarks). */
    public GraphQlEngine engine() {
        return engine;
    }
}
