package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.runtime.OneTableTemplate;
import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import com.apartmentbooking.local.server.tls.TlsMaterial;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The AWS SDK reaches a started runtime over HTTPS on the port of its HTTP endpoint, trusting only the local
 * certificate authority the runtime keeps in its data directory, and the authority outlives a restart.
 */
class HttpsRuntimeSdkTest {

    @TempDir
    Path workDirectory;

    @Test
    void dynamoDbAnswersOverHttpsAndHttpAndTheAuthorityOutlivesARestart() throws Exception {
        Path template = OneTableTemplate.writeTo(workDirectory);
        Path data = workDirectory.resolve("data");
        RuntimeOptions options = RuntimeOptions.defaults(template).withPort(0).withDataDirectory(data);

        String authority;
        try (LocalRuntime runtime = LocalRuntime.start(options)) {
            assertEquals(Optional.of(data.resolve("tls").resolve(TlsMaterial.CA_FILE)), runtime.tls().caFile());
            assertTrue(runtime.tls().newAuthority());
            assertEquals(runtime.endpoint().getPort(), runtime.httpsEndpoint().getPort());
            assertEquals("https", runtime.httpsEndpoint().getScheme());
            try (DynamoDbClient https = client(runtime.httpsEndpoint(), runtime.tls());
                    DynamoDbClient http = client(runtime.endpoint(), runtime.tls())) {
                https.putItem(put -> put.tableName(OneTableTemplate.TABLE).item(Map.of("id", AttributeValue.fromS("over-tls"))));

                assertEquals("over-tls", http.getItem(get -> get.tableName(OneTableTemplate.TABLE)
                        .key(Map.of("id", AttributeValue.fromS("over-tls")))).item().get("id").s());
                assertEquals(1, https.scan(scan -> scan.tableName(OneTableTemplate.TABLE)).count());
            }
            authority = Files.readString(runtime.tls().caFile().orElseThrow());
        }

        try (LocalRuntime restarted = LocalRuntime.start(options);
                DynamoDbClient https = client(restarted.httpsEndpoint(), restarted.tls())) {
            assertFalse(restarted.tls().newAuthority());
            assertEquals(authority, Files.readString(restarted.tls().caFile().orElseThrow()));
            assertEquals(1, https.scan(scan -> scan.tableName(OneTableTemplate.TABLE)).count());
        }
    }

    @Test
    void aRuntimeInMemoryServesHttpsWithAnAuthorityOfItsOwn() throws Exception {
        Path template = OneTableTemplate.writeTo(workDirectory);

        try (LocalRuntime runtime = LocalRuntime.start(RuntimeOptions.defaults(template).withPort(0));
                DynamoDbClient https = client(runtime.httpsEndpoint(), runtime.tls())) {
            assertTrue(runtime.tls().caFile().isEmpty());
            assertEquals(List.of(OneTableTemplate.TABLE), https.listTables().tableNames());
        }
    }

    /** A client as a user configures one: the endpoint, and a trust store holding the runtime's ca.pem. */
    private static DynamoDbClient client(URI endpoint, TlsMaterial tls) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder()
                        .tlsTrustManagersProvider(() -> TrustingClients.trustManagers(tls)).build())
                .build();
    }
}
