package com.apartmentbooking.local.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.server.RequestMutations;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Mutated requests of every Secrets Manager operation the runtime serves are answered in AWS's JSON error shape. */
class SecretsManagerRequestFuzzTest {

    private static final SecretsManagerRuntime RUNTIME =
            new SecretsManagerRuntime(Store.inMemory(), new ControllableClock(SecretsManagerRuntime.START));
    private static final URI ENDPOINT = URI.create(RUNTIME.endpoint() + "/");
    private static final String TARGET_PREFIX = "secretsmanager";
    /** One valid request of each served operation, in an order where each finds what the ones before made. */
    private static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("CreateSecret", "{\"Name\":\"fuzz/secret\",\"Description\":\"d\",\"SecretString\":\"first\","
                + "\"ClientRequestToken\":\"11111111-1111-1111-1111-111111111111\"}");
        REQUESTS.put("PutSecretValue", "{\"SecretId\":\"fuzz/secret\",\"SecretString\":\"second\","
                + "\"ClientRequestToken\":\"22222222-2222-2222-2222-222222222222\",\"VersionStages\":[\"AWSCURRENT\"]}");
        REQUESTS.put("GetSecretValue", "{\"SecretId\":\"fuzz/secret\",\"VersionStage\":\"AWSPREVIOUS\"}");
        REQUESTS.put("DescribeSecret", "{\"SecretId\":\"fuzz/secret\"}");
        REQUESTS.put("UpdateSecretVersionStage", "{\"SecretId\":\"fuzz/secret\",\"VersionStage\":\"AWSCURRENT\","
                + "\"MoveToVersionId\":\"11111111-1111-1111-1111-111111111111\","
                + "\"RemoveFromVersionId\":\"22222222-2222-2222-2222-222222222222\"}");
        REQUESTS.put("ListSecrets", "{\"MaxResults\":5,\"SortOrder\":\"asc\",\"IncludePlannedDeletion\":false}");
        REQUESTS.put("ListSecretVersionIds", "{\"SecretId\":\"fuzz/secret\",\"MaxResults\":5,\"IncludeDeprecated\":true}");
        REQUESTS.put("GetRandomPassword", "{\"PasswordLength\":24,\"ExcludePunctuation\":true,"
                + "\"RequireEachIncludedType\":true}");
    }

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    @Test
    void everyServedOperationIsFuzzed() throws Exception {
        RequestMutations probe = new RequestMutations(ENDPOINT, "application/x-amz-json-1.1", 0);

        assertEquals(REQUESTS.keySet(), probe.servedOperations(TARGET_PREFIX,
                RequestMutations.sdkOperations(SecretsManagerClient.class)));
    }

    @Test
    void mutatedRequestsAreAnsweredInSecretsManagerErrorShape() throws Exception {
        RequestMutations mutations = new RequestMutations(ENDPOINT, "application/x-amz-json-1.1", 29);
        for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
            mutations.check(TARGET_PREFIX + "." + request.getKey(), request.getValue(), 120);
        }
    }
}
