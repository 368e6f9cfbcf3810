package com.apartmentbooking.local.events;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * EventBridge's wire adapter (AWS JSON 1.1, target prefix {@code AWSEvents}, errors typed by their plain code):
 * reads each operation's request members, calls {@link EventsService} and writes AWS's response members. Step
 * Functions puts events through {@link EventsApi}: its request is read as the wire's is, and a refusal stays an
 * {@link EventsException}.
 */
public final class EventsProtocol implements AwsJsonService, EventsApi {

    /** PutEvents may carry 256 KiB of entries; the JSON around them fits in the margin. */
    private static final long MAX_REQUEST_BYTES = 1024L * 1024;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final EventsService service;

    EventsProtocol(EventsService service) {
        this.service = service;
    }

    @Override
    public String targetPrefix() {
        return "AWSEvents";
    }

    @Override
    public String errorTypePrefix() {
        return "";
    }

    @Override
    public long maxRequestBytes() {
        return MAX_REQUEST_BYTES;
    }

    @Override
    public String jsonVersion() {
        return "1.1";
    }

    @Override
    public boolean crc32Header() {
        return false;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, RequestContext ctx) {
        try {
            return call(operation, request);
        } catch (EventsException e) {
            throw AwsServiceException.from(e);
        }
    }

    private JsonNode call(String operation, JsonNode request) {
        return switch (operation) {
            case "CreateEventBus" -> JSON.objectNode().put("EventBusArn",
                    service.createEventBus(text(request, "Name"), text(request, "Description")));
            case "DescribeEventBus" -> bus(service.describeEventBus(text(request, "Name")));
            case "ListEventBuses" -> listEventBuses(request);
            case "DeleteEventBus" -> {
                service.deleteEventBus(text(request, "Name"));
                yield null;
            }
            case "PutRule" -> JSON.objectNode().put("RuleArn", service.putRule(text(request, "Name"),
                    text(request, "EventBusName"), text(request, "EventPattern"), text(request, "ScheduleExpression"),
                    text(request, "State"), text(request, "Description"), text(request, "RoleArn")));
            case "DescribeRule" -> describeRule(service.describeRule(text(request, "Name"), text(request, "EventBusName")));
            case "ListRules" -> listRules(request);
            case "DeleteRule" -> {
                service.deleteRule(text(request, "Name"), text(request, "EventBusName"));
                yield null;
            }
            case "EnableRule" -> {
                service.setRuleState(text(request, "Name"), text(request, "EventBusName"), Rule.ENABLED);
                yield null;
            }
            case "DisableRule" -> {
                service.setRuleState(text(request, "Name"), text(request, "EventBusName"), Rule.DISABLED);
                yield null;
            }
            case "PutTargets" -> {
                service.putTargets(text(request, "Rule"), text(request, "EventBusName"),
                        TargetRequests.read(request.path("Targets")));
                yield noFailedEntries();
            }
            case "ListTargetsByRule" -> listTargets(request);
            case "RemoveTargets" -> {
                service.removeTargets(text(request, "Rule"), text(request, "EventBusName"), strings(request.path("Ids")));
                yield noFailedEntries();
            }
            case "PutEvents" -> putEvents(request);
            case "TestEventPattern" -> JSON.objectNode().put("Result", service.testEventPattern(
                    required(request, "Event", "event"), required(request, "EventPattern", "eventPattern")));
            default -> throw AwsServiceException.unknownOperation();
        };
    }

    /** DescribeRule also names the account that created the rule, the fifth part of its ARN. */
    private static ObjectNode describeRule(Rule rule) {
        return rule(rule).put("CreatedBy", rule.arn().split(":")[4]);
    }

    private JsonNode listEventBuses(JsonNode request) {
        Page<EventBus> page = service.listEventBuses(text(request, "NamePrefix"), integer(request, "Limit"),
                text(request, "NextToken"));
        ObjectNode response = JSON.objectNode();
        ArrayNode buses = response.putArray("EventBuses");
        page.items().forEach(bus -> buses.add(bus(bus)));
        return withToken(response, page);
    }

    private static ObjectNode bus(EventBus bus) {
        ObjectNode node = JSON.objectNode().put("Name", bus.name()).put("Arn", bus.arn());
        if (bus.description() != null) {
            node.put("Description", bus.description());
        }
        if (bus.createdMillis() > 0) {
            node.put("CreationTime", seconds(bus.createdMillis()));
            node.put("LastModifiedTime", seconds(bus.createdMillis()));
        }
        return node;
    }

    private JsonNode listRules(JsonNode request) {
        Page<Rule> page = service.listRules(text(request, "NamePrefix"), text(request, "EventBusName"),
                integer(request, "Limit"), text(request, "NextToken"));
        ObjectNode response = JSON.objectNode();
        ArrayNode rules = response.putArray("Rules");
        page.items().forEach(rule -> rules.add(rule(rule)));
        return withToken(response, page);
    }

    private static ObjectNode rule(Rule rule) {
        ObjectNode node = JSON.objectNode().put("Name", rule.name()).put("Arn", rule.arn());
        putIfSet(node, "EventPattern", rule.eventPattern());
        putIfSet(node, "ScheduleExpression", rule.scheduleExpression());
        node.put("State", rule.state());
        putIfSet(node, "Description", rule.description());
        putIfSet(node, "RoleArn", rule.roleArn());
        return node.put("EventBusName", rule.eventBusName());
    }

    private JsonNode listTargets(JsonNode request) {
        Page<Target> page = service.listTargetsByRule(text(request, "Rule"), text(request, "EventBusName"),
                integer(request, "Limit"), text(request, "NextToken"));
        ObjectNode response = JSON.objectNode();
        ArrayNode targets = response.putArray("Targets");
        page.items().forEach(target -> targets.add(target(target)));
        return withToken(response, page);
    }

    private static ObjectNode target(Target target) {
        ObjectNode node = JSON.objectNode().put("Id", target.id()).put("Arn", target.arn());
        putIfSet(node, "RoleArn", target.roleArn());
        putIfSet(node, "Input", target.input());
        putIfSet(node, "InputPath", target.inputPath());
        if (target.inputTransformer() != null) {
            ObjectNode transformer = node.putObject("InputTransformer");
            if (!target.inputTransformer().inputPathsMap().isEmpty()) {
                ObjectNode paths = transformer.putObject("InputPathsMap");
                target.inputTransformer().inputPathsMap().forEach(paths::put);
            }
            transformer.put("InputTemplate", target.inputTransformer().inputTemplate());
        }
        if (target.retryPolicy() != null) {
            node.putObject("RetryPolicy")
                    .put("MaximumRetryAttempts", target.retryPolicy().maximumRetryAttempts())
                    .put("MaximumEventAgeInSeconds", target.retryPolicy().maximumEventAgeInSeconds());
        }
        if (target.deadLetterArn() != null) {
            node.putObject("DeadLetterConfig").put("Arn", target.deadLetterArn());
        }
        return node;
    }

    @Override
    public JsonNode putEvents(JsonNode request) {
        List<EventEntry> entries = new ArrayList<>();
        for (JsonNode entry : request.path("Entries")) {
            entries.add(new EventEntry(text(entry, "Source"), text(entry, "DetailType"), text(entry, "Detail"),
                    strings(entry.path("Resources")), time(entry.get("Time")), text(entry, "EventBusName")));
        }
        List<EventResult> results = service.putEvents(entries);
        ObjectNode response = JSON.objectNode();
        response.put("FailedEntryCount", (int) results.stream().filter(EventResult::isFailed).count());
        ArrayNode array = response.putArray("Entries");
        for (EventResult result : results) {
            array.add(result.isFailed()
                    ? JSON.objectNode().put("ErrorCode", result.errorCode()).put("ErrorMessage", result.errorMessage())
                    : JSON.objectNode().put("EventId", result.eventId()));
        }
        return response;
    }

    /** The SDKs send Time as epoch seconds; an ISO 8601 text is read too. */
    private static Instant time(JsonNode time) {
        if (time == null || time.isNull()) {
            return null;
        }
        if (time.isNumber()) {
            BigDecimal millis = time.decimalValue().movePointRight(3);
            return Instant.ofEpochMilli(millis.longValue());
        }
        try {
            return Instant.parse(time.asText());
        } catch (DateTimeParseException e) {
            throw EventsErrors.validation("Parameter Time is not valid.");
        }
    }

    private static ObjectNode noFailedEntries() {
        ObjectNode response = JSON.objectNode().put("FailedEntryCount", 0);
        response.putArray("FailedEntries");
        return response;
    }

    private static ObjectNode withToken(ObjectNode response, Page<?> page) {
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    private static void putIfSet(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }

    private static String required(JsonNode request, String member, String path) {
        String value = text(request, member);
        if (value == null) {
            throw EventsErrors.constraint(null, path, "Member must not be null");
        }
        return value;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }
}
