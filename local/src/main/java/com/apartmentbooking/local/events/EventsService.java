package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.events.pattern.InvalidEventException;
import com.apartmentbooking.local.events.pattern.InvalidEventPatternException;
import com.apartmentbooking.local.events.pattern.TestEventPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * EventBridge's behaviour: event buses, rules and their targets, PutEvents ({@link EventIngestion}) and
 * TestEventPattern. The {@link DeliveryDispatcher} delivers what PutEvents accepted.
 */
public final class EventsService {

    static final String DEFAULT_BUS = "default";

    private static final Pattern BUS_NAME = Pattern.compile("[/.\\-_A-Za-z0-9]{1,256}");
    private static final Pattern RULE_NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final int MIN_ENTRIES = 1;
    private static final int MAX_ENTRIES = 10;
    private static final int MAX_TARGETS_PER_RULE = 5;

    private final EventsStore store;
    private final Clock clock;
    private final Arns arns;
    private final RulePatterns patterns;
    private final EventIngestion ingestion;

    EventsService(EventsStore store, Clock clock, Arns arns, DeliveryDispatcher dispatcher) {
        this.store = store;
        this.clock = clock;
        this.arns = arns;
        this.patterns = new RulePatterns();
        this.ingestion = new EventIngestion(store, clock, arns, patterns, dispatcher);
    }

    // ---------------------------------------------------------------- event buses

    String createEventBus(String name, String description) {
        if (name == null || !BUS_NAME.matcher(name).matches()) {
            throw EventsErrors.constraint(name, "name", "Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+");
        }
        EventBus bus = new EventBus(name, arns.bus(name), description, clock.now().toEpochMilli());
        store.write(writes -> {
            if (DEFAULT_BUS.equals(name) || writes.bus(name) != null) {
                throw EventsErrors.busExists(name);
            }
            writes.putBus(bus);
        });
        return bus.arn();
    }

    EventBus describeEventBus(String nameOrArn) {
        String name = Arns.busName(nameOrArn);
        return store.read(reads -> existingBus(reads, name));
    }

    Page<EventBus> listEventBuses(String namePrefix, Integer limit, String nextToken) {
        String prefix = namePrefix == null ? "" : namePrefix;
        List<EventBus> buses = new ArrayList<>(store.read(reads -> reads.buses(prefix)));
        if (DEFAULT_BUS.startsWith(prefix)) {
            buses.add(defaultBus());
            buses.sort((a, b) -> a.name().compareTo(b.name()));
        }
        return Paging.page(buses, EventBus::name, limit, nextToken);
    }

    /** Deletes the bus; one that does not exist is already deleted, one with rules is refused as AWS does. */
    void deleteEventBus(String name) {
        if (name == null) {
            throw EventsErrors.constraint(null, "name", "Member must not be null");
        }
        if (DEFAULT_BUS.equals(name)) {
            throw EventsErrors.validation("Cannot delete event bus default.");
        }
        store.write(writes -> {
            if (!writes.rules(name, "").isEmpty()) {
                throw EventsErrors.validation("EventBus can't be deleted since it has rules.");
            }
            writes.deleteBus(name);
        });
    }

    private EventBus defaultBus() {
        return new EventBus(DEFAULT_BUS, arns.bus(DEFAULT_BUS), null, 0);
    }

    private EventBus existingBus(EventsStore.Reads reads, String name) {
        if (DEFAULT_BUS.equals(name)) {
            return defaultBus();
        }
        EventBus bus = reads.bus(name);
        if (bus == null) {
            throw EventsErrors.busNotFound(name);
        }
        return bus;
    }

    // ---------------------------------------------------------------- rules

    /** Creates the rule or replaces its definition (its targets stay). */
    String putRule(String name, String busNameOrArn, String eventPattern, String scheduleExpression, String state,
            String description, String roleArn) {
        checkRuleName(name);
        if (state != null && !Rule.STATES.contains(state)) {
            throw EventsErrors.constraint(state, "state", "Member must satisfy enum value set: " + Rule.STATES);
        }
        if (eventPattern == null && scheduleExpression == null) {
            throw EventsErrors.validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        if (scheduleExpression != null) {
            throw EventsErrors.validation("Parameter ScheduleExpression is not supported here: scheduled rules are"
                    + " not run; use an EventPattern.");
        }
        patterns.compile(eventPattern);
        String bus = Arns.busName(busNameOrArn);
        Rule rule = new Rule(name, bus, arns.rule(bus, name), eventPattern, null,
                state == null ? Rule.ENABLED : state, description, roleArn);
        store.write(writes -> {
            existingBus(writes, bus);
            writes.putRule(rule);
        });
        return rule.arn();
    }

    Rule describeRule(String name, String busNameOrArn) {
        checkRuleName(name);
        String bus = Arns.busName(busNameOrArn);
        return store.read(reads -> existingRule(reads, bus, name));
    }

    Page<Rule> listRules(String namePrefix, String busNameOrArn, Integer limit, String nextToken) {
        String bus = Arns.busName(busNameOrArn);
        List<Rule> rules = store.read(reads -> {
            existingBus(reads, bus);
            return reads.rules(bus, namePrefix == null ? "" : namePrefix);
        });
        return Paging.page(rules, Rule::name, limit, nextToken);
    }

    /** Deletes the rule; one that does not exist is already deleted, one with targets is refused as AWS does. */
    void deleteRule(String name, String busNameOrArn) {
        checkRuleName(name);
        String bus = Arns.busName(busNameOrArn);
        store.write(writes -> {
            if (writes.rule(bus, name) == null) {
                return;
            }
            if (!writes.targets(bus, name).isEmpty()) {
                throw EventsErrors.validation("Rule can't be deleted since it has targets.");
            }
            writes.deleteRule(bus, name);
        });
    }

    void setRuleState(String name, String busNameOrArn, String state) {
        checkRuleName(name);
        String bus = Arns.busName(busNameOrArn);
        store.write(writes -> writes.putRule(existingRule(writes, bus, name).withState(state)));
    }

    private static void checkRuleName(String name) {
        if (name == null) {
            throw EventsErrors.constraint(null, "name", "Member must not be null");
        }
        if (!RULE_NAME.matcher(name).matches()) {
            throw EventsErrors.constraint(name, "name", "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
        }
    }

    private Rule existingRule(EventsStore.Reads reads, String bus, String name) {
        existingBus(reads, bus);
        Rule rule = reads.rule(bus, name);
        if (rule == null) {
            throw EventsErrors.ruleNotFound(name, bus);
        }
        return rule;
    }

    // ---------------------------------------------------------------- targets

    /** Adds the targets to the rule or replaces those with the same ids; the rule may then have five at most. */
    void putTargets(String ruleName, String busNameOrArn, List<Target> targets) {
        checkRuleName(ruleName);
        if (targets.size() < MIN_ENTRIES || targets.size() > MAX_ENTRIES) {
            throw EventsErrors.listConstraint("targets", targets.size() < MIN_ENTRIES
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_ENTRIES);
        }
        String bus = Arns.busName(busNameOrArn);
        store.write(writes -> {
            existingRule(writes, bus, ruleName);
            Set<String> ids = new LinkedHashSet<>();
            writes.targets(bus, ruleName).forEach(target -> ids.add(target.id()));
            targets.forEach(target -> ids.add(target.id()));
            if (ids.size() > MAX_TARGETS_PER_RULE) {
                throw EventsErrors.limitExceeded("The requested resource exceeds the maximum number allowed.");
            }
            targets.forEach(target -> writes.putTarget(bus, ruleName, target));
        });
    }

    Page<Target> listTargetsByRule(String ruleName, String busNameOrArn, Integer limit, String nextToken) {
        checkRuleName(ruleName);
        String bus = Arns.busName(busNameOrArn);
        List<Target> targets = store.read(reads -> {
            existingRule(reads, bus, ruleName);
            return reads.targets(bus, ruleName);
        });
        return Paging.page(targets, Target::id, limit, nextToken);
    }

    void removeTargets(String ruleName, String busNameOrArn, List<String> ids) {
        checkRuleName(ruleName);
        if (ids.size() < MIN_ENTRIES || ids.size() > MAX_ENTRIES) {
            throw EventsErrors.listConstraint("ids", ids.size() < MIN_ENTRIES
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_ENTRIES);
        }
        String bus = Arns.busName(busNameOrArn);
        store.write(writes -> {
            existingRule(writes, bus, ruleName);
            ids.forEach(id -> writes.deleteTarget(bus, ruleName, id));
        });
    }

    // ---------------------------------------------------------------- events

    List<EventResult> putEvents(List<EventEntry> entries) {
        return ingestion.putEvents(entries);
    }

    /** The TestEventPattern operation: whether the pattern matches the (complete) event. */
    boolean testEventPattern(String event, String pattern) {
        try {
            return TestEventPattern.test(event, pattern);
        } catch (InvalidEventPatternException e) {
            throw EventsErrors.invalidEventPattern(e.getMessage());
        } catch (InvalidEventException e) {
            throw EventsErrors.validation(e.getMessage());
        }
    }
}
