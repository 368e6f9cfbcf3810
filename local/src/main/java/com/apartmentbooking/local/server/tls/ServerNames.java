package com.apartmentbooking.local.server.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names a client may reach the front door by, as the server certificate's subject alternative names: always
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}, and the bind address when it is another one. A wildcard bind
 * address (0.0.0.0, ::) names no host, so it adds nothing.
 *
 * @param dnsNames lower-case host names
 * @param ipAddresses addresses in {@link InetAddress#getHostAddress()} form
 */
record ServerNames(Set<String> dnsNames, Set<String> ipAddresses) {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    ServerNames {
        dnsNames = Set.copyOf(dnsNames);
        ipAddresses = Set.copyOf(ipAddresses);
    }

    /** The names for a front door bound to {@code bindAddress}: a host name or an IP literal (IPv6 bracketed or not). */
    static ServerNames forBindAddress(String bindAddress) {
        Set<String> dns = new TreeSet<>(List.of("localhost"));
        Set<String> ips = new TreeSet<>(List.of(canonical("127.0.0.1"), canonical("::1")));
        String host = bindAddress.startsWith("[") && bindAddress.endsWith("]")
                ? bindAddress.substring(1, bindAddress.length() - 1) : bindAddress;
        if (isIpLiteral(host)) {
            if (!address(host).isAnyLocalAddress()) {
                ips.add(canonical(host));
            }
        } else if (!host.isEmpty()) {
            dns.add(host.toLowerCase(Locale.ROOT));
        }
        return new ServerNames(dns, ips);
    }

    /** The names {@code certificate} was issued for. */
    static ServerNames of(X509Certificate certificate) {
        Set<String> dns = new TreeSet<>();
        Set<String> ips = new TreeSet<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            for (List<?> name : names == null ? List.<List<?>>of() : names) {
                int type = (Integer) name.get(0);
                if (type == DNS_NAME) {
                    dns.add(((String) name.get(1)).toLowerCase(Locale.ROOT));
                } else if (type == IP_ADDRESS) {
                    ips.add(canonical((String) name.get(1)));
                }
            }
        } catch (CertificateParsingException unreadable) {
            return new ServerNames(Set.of(), Set.of());
        }
        return new ServerNames(dns, ips);
    }

    /** Host names never hold a colon, so any text with one is meant as an IPv6 literal. */
    private static boolean isIpLiteral(String host) {
        return host.contains(":") || IPV4.matcher(host).matches();
    }

    private static String canonical(String ipLiteral) {
        return address(ipLiteral).getHostAddress();
    }

    /** An IP literal as an address; never a name lookup, since the text is checked to be a literal first. */
    private static InetAddress address(String ipLiteral) {
        try {
            return InetAddress.getByName(ipLiteral);
        } catch (UnknownHostException notALiteral) {
            throw new IllegalArgumentException("Not an IP address: " + ipLiteral, notALiteral);
        }
    }
}
