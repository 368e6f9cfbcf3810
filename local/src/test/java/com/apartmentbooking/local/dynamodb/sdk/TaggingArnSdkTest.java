package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** TagResource, UntagResource and ListTagsOfResource given a missing, malformed, foreign or unknown ARN. */
class TaggingArnSdkTest {

    private static final String ACCOUNT = "000000000000";
    private static final String DENIED = "User: arn:aws:iam::" + ACCOUNT + ":user/local is not authorized to perform: ";
    private static final List<Tag> TAGS = List.of(Tag.builder().key("k").value("v").build());

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String table;
    static String tableArn;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        table = tableName("tags");
        tableArn = createTable(ddb, table, "id", null).tableArn();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Executable tag(String arn, List<Tag> tags) {
        return () -> ddb.tagResource(r -> r.resourceArn(arn).tags(tags));
    }

    private static Executable untag(String arn, List<String> keys) {
        return () -> ddb.untagResource(r -> r.resourceArn(arn).tagKeys(keys));
    }

    private static Executable list(String arn) {
        return () -> ddb.listTagsOfResource(r -> r.resourceArn(arn));
    }

    private static void expectDenied(String operation, String resource, Executable call) {
        DynamoDbException e = expectError(DynamoDbException.class, "AccessDeniedException",
                DENIED + "dynamodb:" + operation + " on resource: " + resource, call);
        // The request framework's own error: its namespace, and its message named "Message".
        assertEquals("{\"__type\":\"com.amazon.coral.service#AccessDeniedException\",\"Message\":\"" + DENIED
                + "dynamodb:" + operation + " on resource: " + resource + "\"}",
                e.awsErrorDetails().rawResponse().asUtf8String());
    }

    private static void expectInvalid(String message, Executable call) {
        expectError(DynamoDbException.class, "ValidationException", message, call);
    }

    @Test
    void aMissingArnIsAnInvalidTableArn() {
        expectInvalid("Invalid TableArn", tag(null, TAGS));
        expectInvalid("Invalid TableArn", untag(null, List.of("k")));
        expectInvalid("Invalid TableArn", list(null));
    }

    @Test
    void anArnWithoutSixPartsAndAPathIsRefusedAsNotAuthorized() {
        expectDenied("TagResource", "*", tag("", TAGS));
        expectDenied("TagResource", "abcd", tag("abcd", null));
        expectDenied("UntagResource", "a:b:c:d:e:f", untag("a:b:c:d:e:f", null));
        expectDenied("ListTagsOfResource", "a:b:c:d:e/f", list("a:b:c:d:e/f"));
    }

    @Test
    void aTableArnOfAnotherAccountIsRefusedAsNotAuthorized() {
        String foreign = "arn:aws:dynamodb:us-east-1:123456789012:table/" + table;
        expectDenied("TagResource", foreign, tag(foreign, TAGS));
        expectDenied("ListTagsOfResource", foreign, list(foreign));
    }

    @Test
    void theListIsRequiredBeforeTheArnMustNameATable() {
        expectInvalid("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not"
                + " be null", tag("a:b:c:d:e:f/g", null));
        expectInvalid("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must"
                + " not be null", untag("a:b:c:d:e:f/g", null));
        expectInvalid("Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g", tag("a:b:c:d:e:f/g", List.of()));
        expectInvalid("Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g", list("a:b:c:d:e:f/g"));
        String shortName = "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/ab";
        expectInvalid("Invalid TableArn: Invalid ResourceArn provided as input " + shortName, untag(shortName, List.of()));
        String index = tableArn + "/index/byDate";
        expectInvalid("Invalid TableArn: Invalid ResourceArn provided as input " + index, list(index));
    }

    @Test
    void anEmptyListIsRefusedBeforeTheTableIsLookedUp() {
        String unknown = "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/nothing-here";
        expectInvalid("Atleast one Tag needs to be provided as Input.", tag(unknown, List.of()));
        expectInvalid("Atleast one Tag Key needs to be provided as Input.", untag(unknown, List.of()));
    }

    @Test
    void anUnknownTableIsNotFoundInEachOperationsWords() {
        String unknown = "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/nothing-here";
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: ResourcArn: " + unknown + " not found", tag(unknown, TAGS));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found", untag(unknown, List.of("k")));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: ResourcArn: " + unknown + " not found", list(unknown));
    }

    @Test
    void refusedRequestsChangeNoTags() {
        ddb.tagResource(r -> r.resourceArn(tableArn).tags(TAGS));
        expectInvalid("Atleast one Tag Key needs to be provided as Input.", untag(tableArn, List.of()));
        assertEquals(TAGS, ddb.listTagsOfResource(r -> r.resourceArn(tableArn)).tags());
    }
}
