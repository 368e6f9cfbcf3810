package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;

/**
 * Entry points: parse an expression of a request against the request's {@link ExpressionContext}. Errors are
 * {@link DynamoDbException#validation} with AWS's texts, prefixed with the request parameter they concern
 * (e.g. {@code Invalid ConditionExpression: ...}).
 */
public final class Expressions {

    private Expressions() {
    }

    /** A ConditionExpression (PutItem, UpdateItem, DeleteItem, ConditionCheck). */
    public static Condition condition(String expression, ExpressionContext context) {
        return new Parser(expression, "ConditionExpression", context).condition();
    }

    /** A FilterExpression (Query, Scan): the same language, errors name the other parameter. */
    public static Condition filter(String expression, ExpressionContext context) {
        return new Parser(expression, "FilterExpression", context).condition();
    }

    public static Update update(String expression, ExpressionContext context) {
        return new Parser(expression, "UpdateExpression", context).update();
    }

    public static Projection projection(String expression, ExpressionContext context) {
        return new Parser(expression, "ProjectionExpression", context).projection();
    }

    /**
     * A KeyConditionExpression, parsed as a condition; {@link KeyConditions#fromExpression} reduces it to the key
     * conditions once every expression of the request has parsed, as AWS checks them in that order.
     */
    public static Condition keyConditionExpression(String expression, ExpressionContext context) {
        return new Parser(expression, "KeyConditionExpression", context).condition();
    }
}
