package com.apartmentbooking.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every function's Handler is a class on the classpath whose RequestHandler types match what its
 * trigger sends and expects back. Lambda would only find a mismatch at the first invocation.
 */
class HandlerClassesTest {

    /** What invokes a function, and so the event it receives and the reply its trigger understands. */
    enum Trigger {
        /** AppSync direct Lambda resolver: the resolver context as JSON, the reply envelope as JSON. */
        APPSYNC_RESOLVER(Map.class, Map.class),
        /** Function URL: payload format 2.0. */
        FUNCTION_URL(APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class),
        /** DynamoDB stream with ReportBatchItemFailures: the reply lists the failed records. */
        DYNAMODB_STREAM(DynamodbEvent.class, StreamsEventResponse.class);

        final Class<?> input;
        final Class<?> output;

        Trigger(Class<?> input, Class<?> output) {
            this.input = input;
            this.output = output;
        }
    }

    /** The triggers of each function, read from the template (function URL, events, AppSync data sources). */
    static Map<String, Set<Trigger>> triggers(Template template) {
        Map<String, Set<Trigger>> triggers = new LinkedHashMap<>();
        for (String function : template.resourcesOfType(Template.SERVERLESS_FUNCTION)) {
            Set<Trigger> found = EnumSet.noneOf(Trigger.class);
            Map<String, Object> properties = template.properties(function);
            if (properties.containsKey("FunctionUrlConfig")) {
                found.add(Trigger.FUNCTION_URL);
            }
            Template.map(properties.getOrDefault("Events", Map.of()), function + ".Events").forEach((id, event) -> {
                Object type = Template.map(event, id).get("Type");
                if (!"DynamoDB".equals(type)) {
                    fail(function + "." + id + ": no handler contract is known for event type " + type);
                }
                found.add(Trigger.DYNAMODB_STREAM);
            });
            for (String dataSource : template.resourcesOfType("AWS::AppSync::DataSource")) {
                Object lambdaConfig = template.properties(dataSource).get("LambdaConfig");
                if (lambdaConfig != null && namesFunction(Template.map(lambdaConfig, dataSource).get("LambdaFunctionArn"), function)) {
                    found.add(Trigger.APPSYNC_RESOLVER);
                }
            }
            triggers.put(function, found);
        }
        return triggers;
    }

    private static boolean namesFunction(Object arn, String function) {
        return arn.equals(Template.ref(function)) || arn.equals(Template.ref(function + ".Alias"))
                || arn.equals(Template.getAtt(function, "Arn"));
    }

    /** The type arguments a class gives RequestHandler, from its own or its superclasses' declarations. */
    static Optional<Type[]> requestHandlerTypes(Class<?> handler) {
        for (Class<?> type = handler; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized && parameterized.getRawType() == RequestHandler.class) {
                    return Optional.of(parameterized.getActualTypeArguments());
                }
            }
        }
        return Optional.empty();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new AssertionError("RequestHandler is parameterised with " + type + ", not a concrete type");
    }

    /** What is wrong with a handler for a trigger; empty when it is right. */
    static List<String> problems(String handler, Trigger trigger) {
        List<String> problems = new ArrayList<>();
        String[] classAndMethod = handler.split("::", -1);
        if (classAndMethod.length != 2 || !classAndMethod[1].equals("handleRequest")) {
            problems.add(handler + ": expected <class>::handleRequest");
            return problems;
        }
        Class<?> type;
        try {
            // Not initialised: the handlers' static state may read the environment.
            type = Class.forName(classAndMethod[0], false, HandlerClassesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            problems.add(handler + ": class " + classAndMethod[0] + " is not on the classpath");
            return problems;
        }
        Optional<Type[]> arguments = requestHandlerTypes(type);
        if (arguments.isEmpty()) {
            problems.add(handler + ": does not implement RequestHandler<I, O>");
            return problems;
        }
        Class<?> input = rawClass(arguments.get()[0]);
        Class<?> output = rawClass(arguments.get()[1]);
        if (input != trigger.input || output != trigger.output) {
            problems.add(handler + ": is a RequestHandler<" + input.getSimpleName() + ", " + output.getSimpleName()
                    + "> but a " + trigger + " needs RequestHandler<" + trigger.input.getSimpleName() + ", "
                    + trigger.output.getSimpleName() + ">");
        }
        try {
            Method method = type.getMethod("handleRequest", trigger.input, Context.class);
            if (!trigger.output.isAssignableFrom(method.getReturnType())) {
                problems.add(handler + ": handleRequest returns " + method.getReturnType().getSimpleName());
            }
        } catch (NoSuchMethodException e) {
            problems.add(handler + ": has no public handleRequest(" + trigger.input.getSimpleName() + ", Context)");
        }
        return problems;
    }

    @Test
    void everyFunctionHasExactlyOneKindOfTrigger() {
        Map<String, Set<Trigger>> triggers = triggers(Template.load());

        assertEquals(Map.of(
                "ReservationApiFunction", Set.of(Trigger.APPSYNC_RESOLVER),
                "BookingRequestedRelayFunction", Set.of(Trigger.DYNAMODB_STREAM),
                "PaymentWebhookFunction", Set.of(Trigger.FUNCTION_URL),
                "StatusProjectorFunction", Set.of(Trigger.DYNAMODB_STREAM)), triggers);
    }

    @Test
    void everyHandlerIsAClassOfTheRightRequestHandlerType() {
        Template template = Template.load();
        List<String> problems = new ArrayList<>();
        triggers(template).forEach((function, triggers) -> {
            String handler = (String) template.properties(function).get("Handler");
            problems.addAll(problems(handler, triggers.iterator().next()));
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Stands in for a correct stream handler, so the check itself is tested whatever the handlers' state. */
    static final class StreamHandlerShape implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
        @Override
        public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
            return new StreamsEventResponse();
        }
    }

    @Test
    void theCheckAcceptsTheRightShapeAndRejectsOthers() {
        String handler = StreamHandlerShape.class.getName() + "::handleRequest";

        assertEquals(List.of(), problems(handler, Trigger.DYNAMODB_STREAM));
        assertFalse(problems(handler, Trigger.FUNCTION_URL).isEmpty(), "a stream handler is not a function-URL handler");
        assertFalse(problems(handler.replace("::handleRequest", "::handle"), Trigger.DYNAMODB_STREAM).isEmpty());
        assertFalse(problems("com.apartmentbooking.NoSuchHandler::handleRequest", Trigger.APPSYNC_RESOLVER).isEmpty());
        assertFalse(problems(String.class.getName() + "::handleRequest", Trigger.APPSYNC_RESOLVER).isEmpty(),
                "a class that is no RequestHandler");
    }
}
