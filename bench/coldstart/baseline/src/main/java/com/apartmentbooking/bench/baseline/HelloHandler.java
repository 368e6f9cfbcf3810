package com.apartmentbooking.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The cold-start baseline: what any Java Lambda pays (JVM, runtime serialization, one call)
 * before a single line of the product runs. It reads its event so the input is really deserialized.
 */
public class HelloHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return "hello " + event.get("name");
    }
}
