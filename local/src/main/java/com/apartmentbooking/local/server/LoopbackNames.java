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

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(\\." + OCTET + "){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");

    private LoopbackNames() {
    }

    /** Whether {@code host} (lower case, no port; an IPv6 literal in brackets) names this machine's loopback. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || LOOPBACK_IPV4.matcher(host).matches()
                || isLoopbackIpv6(host);
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
