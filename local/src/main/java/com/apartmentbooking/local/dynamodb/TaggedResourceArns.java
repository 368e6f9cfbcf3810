package com.apartmentbooking.local.dynamodb;

import java.util.regex.Pattern;

/**
 * The checks DynamoDB makes on the {@code ResourceArn} of TagResource, UntagResource and ListTagsOfResource, each
 * with its wording. A text that is no ARN of the form {@code <5 parts>:<part>/<part>} is refused by authorization,
 * before the request's other members are looked at; a well-formed ARN that names no table is a validation error.
 * The caller knows no other account: a table ARN of another account is refused by authorization too, as an
 * account without cross-account access is on AWS.
 */
final class TaggedResourceArns {

    private static final Pattern ARN_SHAPE = Pattern.compile(".+:.+:.+:.+:.+:.+/.+");
    /** A table name of at least three characters, and nothing after it (an index or stream ARN is no table's). */
    private static final Pattern TABLE_ARN = Pattern.compile("arn:aws:dynamodb:.+:(\\d+):table/[^/]{2}[^/]+");
    /** The runtime has one IAM user, as {@code server.AcceptedCredentials} names it. */
    private static final String USER = "user/local";

    private final TableArns arns;

    TaggedResourceArns(TableArns arns) {
        this.arns = arns;
    }

    /** A missing ARN, the first check; DynamoDB words it without naming the member. */
    static void requirePresent(String resourceArn) {
        if (resourceArn == null) {
            throw DynamoDbException.validation("Invalid TableArn");
        }
    }

    /** Refuses a malformed ARN, or one of another account, as the caller not being allowed {@code operation} on it. */
    void requireAuthorized(String operation, String resourceArn) {
        var table = TABLE_ARN.matcher(resourceArn);
        boolean foreign = table.matches() && !table.group(1).equals(arns.account());
        if (!ARN_SHAPE.matcher(resourceArn).matches() || foreign) {
            throw DynamoDbException.accessDenied("User: arn:aws:iam::" + arns.account() + ":" + USER
                    + " is not authorized to perform: dynamodb:" + operation + " on resource: "
                    + (resourceArn.isEmpty() ? "*" : resourceArn));
        }
    }

    /** Refuses an ARN that names no table; the caller checks before whether the request's list is present. */
    static void requireTableArn(String resourceArn) {
        if (!TABLE_ARN.matcher(resourceArn).matches()) {
            throw DynamoDbException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + resourceArn);
        }
    }

    /** The name of the table the ARN names in this region, or {@code null} when it names one of another region. */
    String tableName(String resourceArn) {
        String name = arns.tableNameOf(resourceArn);
        return name != null && resourceArn.equals(arns.table(name)) ? name : null;
    }
}
