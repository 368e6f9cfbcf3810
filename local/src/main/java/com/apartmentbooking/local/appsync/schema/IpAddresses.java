package com.apartmentbooking.local.appsync.schema;

import java.util.regex.Pattern;

/**
 * {@code AWSIPAddress}: an IPv4 or IPv6 address, optionally with a CIDR prefix length ({@code 10.0.0.0/8},
 * {@code 2001:db8::/32}), checked by its text alone so that nothing is ever looked up.
 */
final class IpAddresses {

    private static final Pattern V4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");
    private static final Pattern PREFIX = Pattern.compile("0|[1-9]\\d{0,2}");

    private IpAddresses() {
    }

    static boolean isAddress(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        boolean v4 = isV4(address);
        if (!v4 && !isV6(address)) {
            return false;
        }
        if (slash < 0) {
            return true;
        }
        String prefix = text.substring(slash + 1);
        return PREFIX.matcher(prefix).matches() && Integer.parseInt(prefix) <= (v4 ? 32 : 128);
    }

    private static boolean isV4(String text) {
        return V4.matcher(text).matches();
    }

    private static boolean isV6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return groups(text, true) == 8;
        }
        int head = text.substring(0, gap).isEmpty() ? 0 : groups(text.substring(0, gap), false);
        int tail = text.substring(gap + 2).isEmpty() ? 0 : groups(text.substring(gap + 2), true);
        return head >= 0 && tail >= 0 && head + tail <= 7;
    }

    /** How many 16-bit groups {@code text} spells (an IPv4 tail counts two), or -1 when it is not groups. */
    private static int groups(String text, boolean mayEndInV4) {
        String[] parts = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            if (HEX_GROUP.matcher(parts[i]).matches()) {
                count++;
            } else if (mayEndInV4 && i == parts.length - 1 && isV4(parts[i])) {
                count += 2;
            } else {
                return -1;
            }
        }
        return count;
    }
}
