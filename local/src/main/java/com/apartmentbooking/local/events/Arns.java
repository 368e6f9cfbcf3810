package com.apartmentbooking.local.events;

/** Builds EventBridge ARNs and reads the parts of other services' ARNs that delivery needs. */
final class Arns {

    private static final String BUS_RESOURCE = "event-bus/";

    private final String region;
    private final String accountId;

    Arns(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }

    String bus(String name) {
        return "arn:aws:events:" + region + ":" + accountId + ":" + BUS_RESOURCE + name;
    }

    /** A rule of the default bus is {@code rule/<name>}; of another bus {@code rule/<bus>/<name>}. */
    String rule(String bus, String name) {
        String path = EventsService.DEFAULT_BUS.equals(bus) ? name : bus + "/" + name;
        return "arn:aws:events:" + region + ":" + accountId + ":rule/" + path;
    }

    /** The bus an {@code EventBusName} member names, which may be its name or its ARN; null means the default bus. */
    static String busName(String nameOrArn) {
        if (nameOrArn == null || nameOrArn.isEmpty()) {
            return EventsService.DEFAULT_BUS;
        }
        int resource = nameOrArn.startsWith("arn:") ? nameOrArn.indexOf(BUS_RESOURCE) : -1;
        return resource < 0 ? nameOrArn : nameOrArn.substring(resource + BUS_RESOURCE.length());
    }

    /** The service part of an ARN ({@code sqs}, {@code lambda}, {@code states}), or null when it is not an ARN. */
    static String service(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && "arn".equals(parts[0]) ? parts[2] : null;
    }
}
