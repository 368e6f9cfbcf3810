package com.apartmentbooking.local.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host names that always mean this machine: {@code localhost} and {@code *.localhost} (which browsers resolve to
 * loopback themselves, RFC 6761), IPv4 literals in 127.0.0.0/8 and the IPv6 loopback {@code [::1]}. A page cannot
 * make a browser send one of these as the {@code Host} of a name it controls, which is what DNS rebinding needs.
 */
final class LoopbackNames {

    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");

    private LoopbackNames() {
    }

    /** Whether {@code host} (lower case, no port; an IPv6 literal in brackets) names this machine's loopback. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || isLoopbackIpv4(host)
                || isLoopbackIpv6(host);
    }

    /**
     * Whether {@code host} is {@code 127.a.b.c}, each octet 0 to 255 in decimal without leading zeros. Read by hand, as
     * every request's {@code Host} is checked and a regular expression was most of its cost.
     */
    private static boolean isLoopbackIpv4(String host) {
        if (!host.startsWith("127.")) {
            return false;
        }
        int position = 4;
        for (int octet = 0; octet < 3; octet++) {
            int end = position;
            while (end < host.length() && host.charAt(end) >= '0' && host.charAt(end) <= '9') {
                end++;
            }
            int digits = end - position;
            if (digits == 0 || digits > 3 || digits > 1 && host.charAt(position) == '0'
                    || Integer.parseInt(host, position, end, 10) > 255) {
                return false;
            }
            boolean last = octet == 2;
            if (last ? end != host.length() : end == host.length() || host.charAt(end) != '.') {
                return false;
            }
            position = end + 1;
        }
        return true;
    }

    /** The text checked to be a literal first, so this never looks a name up. */
    private static boolean isLoopbackIpv6(String host) {
        if (!IPV6_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /**
     * The host of a {@code Host} header or of an origin's authority, in lower case without its port:
     * {@code LocalHost:4566} is {@code localhost}, {@code [::1]:4566} is {@code [::1]}.
     */
    static String hostOf(String authority) {
        String lower = authority.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            int close = lower.indexOf(']');
            return close < 0 ? lower : lower.substring(0, close + 1);
        }
        int colon = lower.indexOf(':');
        return colon < 0 ? lower : lower.substring(0, colon);
    }
}
