package com.apartmentbooking.local.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The runtime's JSON configurations, one per kind of document, so that every service reads and writes the same
 * kind of document the same way. Shared instances: never reconfigure them.
 */
public final class Json {

    /**
     * Request and response bodies of every AWS protocol: text after the value is an error (AWS refuses it), and
     * numbers keep every digit the client sent (DynamoDB numbers, large integers). A string may be as long as a
     * body: each protocol refuses a body over its service's size limit before parsing it, and Lambda's, up to
     * 70 MB, carries a deployment package as one base64 string, beyond Jackson's default 20 M characters.
     */
    public static final ObjectMapper WIRE = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * JSON that services hold and hand on as values (execution input and output, event payloads, stored records,
     * template documents): numbers as Jackson reads them by default (doubles), text after the value an error.
     */
    public static final ObjectMapper DATA = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A document whose keys must be unique, as AWS requires of a state machine definition. */
    public static final ObjectMapper STRICT_KEYS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }
}
