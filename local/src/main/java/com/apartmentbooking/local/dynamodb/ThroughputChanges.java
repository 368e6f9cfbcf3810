package com.apartmentbooking.local.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a table's provisioned throughput last went up and down, and how many decreases were made on the UTC day of
 * the last one (DescribeTable's {@code NumberOfDecreasesToday} counts those of the current UTC day). As DynamoDB
 * shows them: UpdateTable's answer already carries the request's time as the last increase or decrease, with the
 * old capacities and the old count; once the update is done, the time it finished and a decrease counted.
 *
 * @param lastIncrease null when never increased
 * @param lastDecrease null when never decreased
 * @param decreases    decreases made on {@code lastDecrease}'s UTC day
 */
public record ThroughputChanges(Instant lastIncrease, Instant lastDecrease, int decreases) {

    public static final ThroughputChanges NONE = new ThroughputChanges(null, null, 0);

    /** What UpdateTable's answer shows for an update from {@code from} to {@code to}, asked for at {@code now}. */
    ThroughputChanges requested(TableDefinition from, TableDefinition to, Instant now) {
        Direction direction = Direction.of(from, to);
        return new ThroughputChanges(direction.increase ? now : lastIncrease, direction.decrease ? now : lastDecrease,
                decreases);
    }

    /** The changes once the update from {@code from} to {@code to} has finished at {@code now}. */
    ThroughputChanges completed(TableDefinition from, TableDefinition to, Instant now) {
        Direction direction = Direction.of(from, to);
        if (direction.decrease) {
            return new ThroughputChanges(direction.increase ? now : lastIncrease, now, decreasesOn(day(now)) + 1);
        }
        return direction.increase ? new ThroughputChanges(now, lastDecrease, decreases) : this;
    }

    /** DescribeTable's NumberOfDecreasesToday on the UTC day {@code today}. */
    int decreasesOn(LocalDate today) {
        return lastDecrease != null && day(lastDecrease).equals(today) ? decreases : 0;
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Whether an update raises or lowers either capacity. A change of billing mode is neither: on-demand tables
     * report zeros that were never provisioned.
     */
    private record Direction(boolean increase, boolean decrease) {

        static Direction of(TableDefinition from, TableDefinition to) {
            if (!from.billingMode().equals("PROVISIONED") || !to.billingMode().equals("PROVISIONED")) {
                return new Direction(false, false);
            }
            long read = to.readCapacity() - from.readCapacity();
            long write = to.writeCapacity() - from.writeCapacity();
            return new Direction(read > 0 || write > 0, read < 0 || write < 0);
        }
    }
}
