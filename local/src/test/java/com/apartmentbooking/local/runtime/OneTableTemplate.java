package com.apartmentbooking.local.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest template a runtime starts from in tests of the runtime itself: one table named {@link #TABLE}. */
public final class OneTableTemplate {

    public static final String TABLE = "things";

    private static final String TEXT = String.join("\n",
            "AWSTemplateFormatVersion: \"2010-09-09\"",
            "Resources:",
            "  Things:",
            "    Type: AWS::DynamoDB::Table",
            "    Properties:",
            "      TableName: " + TABLE,
            "      BillingMode: PAY_PER_REQUEST",
            "      AttributeDefinitions:",
            "        - AttributeName: id",
            "          AttributeType: S",
            "      KeySchema:",
            "        - AttributeName: id",
            "          KeyType: HASH",
            "");

    private OneTableTemplate() {
    }

    /** Writes the template as {@code template.yaml} in {@code directory} and returns its path. */
    public static Path writeTo(Path directory) throws IOException {
        return Files.writeString(directory.resolve("template.yaml"), TEXT);
    }
}
