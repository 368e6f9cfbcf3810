package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.auth.Caller;
import com.apartmentbooking.local.appsync.realtime.RealtimeRefusal;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.RawVariables;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns a real-time {@code start}'s document into a {@link Subscriber}, refusing it as AppSync does: syntax,
 * validation and variable errors by their messages, an operation that is not a subscription as
 * {@code UnsupportedOperation}, a field the caller may not read as {@code Unauthorized}.
 */
final class SubscriptionRequest {

    private final GraphQLSchema schema;
    private final FieldPlans plans;

    SubscriptionRequest(GraphQLSchema schema, FieldPlans plans) {
        this.schema = schema;
        this.plans = plans;
    }

    Subscriber subscriber(GraphQlRequest request, Caller caller, Consumer<ObjectNode> onData) {
        ExecutionInput input = ExecutionInput.newExecutionInput(request.query()).operationName(request.operationName())
                .variables(request.variables()).build();
        ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(schema, input);
        if (parsed.isFailure()) {
            throw refusal(parsed.getErrors());
        }
        OperationDefinition operation;
        ExecutableNormalizedOperation normalized;
        try {
            operation = NodeUtil.getOperation(parsed.getDocument(), request.operationName()).operationDefinition;
            if (operation.getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
                throw new RealtimeRefusal(errors(error("UnsupportedOperation",
                        operation.getOperation().name().toLowerCase(Locale.ROOT)
                                + " not supported through the realtime channel")));
            }
            normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    schema, parsed.getDocument(), request.operationName(), RawVariables.of(request.variables()));
        } catch (RuntimeException e) {
            if (e instanceof GraphQLError error) {
                throw refusal(List.of(error));
            }
            throw e;
        }
        ExecutableNormalizedField field = normalized.getTopLevelFields().get(0);
        if (!plans.of(schema.getSubscriptionType(), schema.getSubscriptionType().getField(field.getName()))
                .access().permits(caller)) {
            throw new RealtimeRefusal(errors(error("Unauthorized",
                    "Not Authorized to access " + field.getName() + " on type " + schema.getSubscriptionType().getName())));
        }
        return new Subscriber(field, onData);
    }

    private static RealtimeRefusal refusal(List<GraphQLError> graphQlErrors) {
        ArrayNode errors = Json.DATA.createArrayNode();
        graphQlErrors.forEach(error -> errors.addObject().put("message", LegacyMessages.of(error)));
        return new RealtimeRefusal(errors);
    }

    private static ObjectNode error(String errorType, String message) {
        return Json.DATA.createObjectNode().put("errorType", errorType).put("message", message);
    }

    private static ArrayNode errors(ObjectNode error) {
        return Json.DATA.createArrayNode().add(error);
    }
}
