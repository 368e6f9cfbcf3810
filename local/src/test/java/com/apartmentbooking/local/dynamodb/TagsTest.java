package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tags given at CreateTable and through TagResource/UntagResource, listed by ListTagsOfResource. */
class TagsTest {

    private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void tagsAreAddedReplacedAndRemoved() {
        ddb.call("CreateTable", "{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'Tags':[{'Key':'app','Value':'booking'}]}");
        ddb.call("TagResource", "{'ResourceArn':'" + ARN + "','Tags':[{'Key':'env','Value':'local'},"
                + "{'Key':'app','Value':'bookings'}]}");
        assertJson("{'Tags':[{'Key':'app','Value':'bookings'},{'Key':'env','Value':'local'}]}",
                ddb.call("ListTagsOfResource", "{'ResourceArn':'" + ARN + "'}"));
        ddb.call("UntagResource", "{'ResourceArn':'" + ARN + "','TagKeys':['app']}");
        assertJson("{'Tags':[{'Key':'env','Value':'local'}]}",
                ddb.call("ListTagsOfResource", "{'ResourceArn':'" + ARN + "'}"));
    }

    @Test
    void unknownTablesAreNotFound() {
        ddb.error("ResourceNotFoundException", "ListTagsOfResource", "{'ResourceArn':'" + ARN + "'}");
    }
}
