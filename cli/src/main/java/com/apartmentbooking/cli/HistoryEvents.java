package com.apartmentbooking.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One GetExecutionHistory event's details, whatever its type: a history event carries exactly one
 * {@code <type>EventDetails} member, read here through the SDK model's own field list.
 */
final class HistoryEvents {

    private HistoryEvents() {
    }

    /** The event's details as member name to text (JSON members such as input and output stay JSON text). */
    static Map<String, String> details(HistoryEvent event) {
        Map<String, String> details = new LinkedHashMap<>();
        for (SdkField<?> field : event.sdkFields()) {
            if (field.memberName().endsWith("EventDetails") && field.getValueOrDefault(event) instanceof SdkPojo pojo) {
                for (SdkField<?> member : pojo.sdkFields()) {
                    Object value = member.getValueOrDefault(pojo);
                    if (value != null && !(value instanceof SdkPojo)) {
                        details.put(lowerFirst(member.memberName()), String.valueOf(value));
                    }
                }
            }
        }
        return details;
    }

    /**
     * What happened, in a few words, for the readable timeline: states entered and exited by name, a task's
     * resource and result, a failure's error and cause, the execution's input and output.
     */
    static String describe(HistoryEvent event, Map<String, String> details) {
        String type = event.typeAsString();
        String name = details.get("name");
        if (type.endsWith("StateEntered")) {
            return "entered  " + name + " (" + type.substring(0, type.length() - "StateEntered".length()) + ")";
        }
        if (type.endsWith("StateExited")) {
            return "exited   " + name;
        }
        if (details.containsKey("error") || details.containsKey("cause")) {
            return type + "  error: " + details.getOrDefault("error", "-") + "  cause: "
                    + CliJson.abbreviate(details.getOrDefault("cause", "-"), 300);
        }
        String resource = details.containsKey("resource")
                ? "  " + details.getOrDefault("resourceType", "") + ":" + details.get("resource") : "";
        String data = type.endsWith("Succeeded") ? optional("  result ", details.get("output"))
                : type.equals("ExecutionStarted") ? optional("  input ", details.get("input")) : "";
        return type + resource + data;
    }

    private static String optional(String label, String value) {
        return value == null ? "" : label + CliJson.abbreviate(value, 160);
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
