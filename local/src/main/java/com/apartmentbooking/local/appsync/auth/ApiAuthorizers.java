package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.ApiDefinition;
import com.apartmentbooking.local.appsync.ApiDirectory;
import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.server.SigV4Verifier;
import java.util.List;

/** Makes each API's {@link ApiAuthorizer} from the modes the runtime serves: API_KEY and AWS_IAM. */
public final class ApiAuthorizers {

    private final ApiDirectory directory;
    private final Clock clock;
    private final SigV4Verifier verifier;
    private final String region;

    /**
     * @param directory where API keys are looked up
     * @param clock the runtime's clock, which API keys expire on
     * @param verifier checks SigV4 signatures, against real time
     * @param region the region requests must be signed for
     */
    public ApiAuthorizers(ApiDirectory directory, Clock clock, SigV4Verifier verifier, String region) {
        this.directory = directory;
        this.clock = clock;
        this.verifier = verifier;
        this.region = region;
    }

    public ApiAuthorizer forApi(ApiDefinition api) {
        return new ModeSelectingAuthorizer(api.defaultAuth(), api.additionalAuth(), List.of(
                new ApiKeyAuthenticator(api.apiId(), directory, clock),
                new IamAuthenticator(verifier, region)));
    }
}
