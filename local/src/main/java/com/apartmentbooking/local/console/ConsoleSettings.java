package com.apartmentbooking.local.console;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.AccessKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * What the console's page needs to sign its AWS calls with SigV4 as any client does: the runtime's region (the
 * credential scope names it) and an access key the runtime accepts. The key is the README's, which the start report
 * prints for every user; the page reads it from its own origin, where other origins cannot read it.
 */
public record ConsoleSettings(String region, AccessKey key) {

    static final String NAME = "settings.json";

    /** {@code {"region", "accessKeyId", "secretAccessKey"}}, and {@code "sessionToken"} when the key has one. */
    byte[] json() {
        ObjectNode node = Json.WIRE.createObjectNode()
                .put("region", region)
                .put("accessKeyId", key.accessKeyId())
                .put("secretAccessKey", key.secretAccessKey());
        if (key.sessionToken() != null) {
            node.put("sessionToken", key.sessionToken());
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
