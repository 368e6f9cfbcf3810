package com.apartmentbooking.local.dynamodb;

import java.time.Instant;

/**
 * Where a table is in DynamoDB's lifecycle. CreateTable, UpdateTable and DeleteTable answer at once and finish
 * later ({@link TableLifecycle}): until {@code due} the table is CREATING, UPDATING or DELETING, and then ACTIVE or
 * gone. While UPDATING the table keeps its old values, and {@code target} is the table it becomes.
 *
 * @param name   ACTIVE, CREATING, UPDATING or DELETING, as DescribeTable's TableStatus
 * @param due    when the change finishes on the runtime's clock; null when ACTIVE
 * @param target the table an update makes, ACTIVE; null unless UPDATING
 */
public record TableStatus(String name, Instant due, TableDefinition target) {

    public static final TableStatus ACTIVE = new TableStatus("ACTIVE", null, null);

    static TableStatus creating(Instant due) {
        return new TableStatus("CREATING", due, null);
    }

    static TableStatus updating(Instant due, TableDefinition target) {
        return new TableStatus("UPDATING", due, target);
    }

    static TableStatus deleting(Instant due) {
        return new TableStatus("DELETING", due, null);
    }

    public boolean active() {
        return name.equals("ACTIVE");
    }

    /** CREATING and DELETING tables take no item operations; an UPDATING table does. */
    public boolean servesItems() {
        return !name.equals("CREATING") && !name.equals("DELETING");
    }

    /**
     * DynamoDB's refusal of a table change while another is under way (UpdateTable and DeleteTable on a table that
     * is not ACTIVE).
     */
    DynamoDbException inUse(String tableName) {
        String what = switch (name) {
            case "CREATING" -> "created";
            case "UPDATING" -> "updated";
            default -> "deleted";
        };
        return DynamoDbException.resourceInUse("Attempt to change a resource which is still in use: Table is being "
                + what + ": " + tableName);
    }
}
