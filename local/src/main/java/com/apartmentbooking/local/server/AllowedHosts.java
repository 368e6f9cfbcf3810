package com.apartmentbooking.local.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Host} names the front door answers, which keeps DNS rebinding out: a page on a name its owner points at
 * 127.0.0.1 reaches the port, but with its own name as the {@code Host}. Always allowed are the loopback names
 * ({@link LoopbackNames}), AWS's own host forms ({@code *.amazonaws.com}, {@code *.amazonaws.com.cn}; AppSync's
 * {@code <apiId>.appsync-api.<region>.amazonaws.com}, say), which nobody but AWS can point anywhere, and the
 * address the front door is bound to; the user adds exact names and {@code *.suffix} forms
 * ({@code --allowed-hosts}), and {@code *} alone turns the check off.
 */
public final class AllowedHosts {

    /** The option that configures the names, as messages name it. */
    public static final String OPTION = "--allowed-hosts";

    private final List<String> names;
    private final boolean any;

    private AllowedHosts(List<String> names, boolean any) {
        this.names = List.copyOf(names);
        this.any = any;
    }

    /** Loopback names, AWS's host forms and the bind address only. */
    public static AllowedHosts loopback() {
        return new AllowedHosts(List.of(), false);
    }

    /**
     * Reads {@code --allowed-hosts}: names separated by commas, each exact ({@code dev.example.test}) or a suffix
     * form ({@code *.example.test}); {@code *} alone allows every host.
     *
     * @throws IllegalArgumentException naming an entry that is not a host name
     */
    public static AllowedHosts parse(String value) {
        List<String> names = new ArrayList<>();
        boolean any = false;
        for (String entry : value.split(",", -1)) {
            String name = entry.trim().toLowerCase(Locale.ROOT);
            if (name.equals("*")) {
                any = true;
            } else if (isNameable(name.startsWith("*.") ? name.substring(2) : name)) {
                names.add(name);
            } else {
                throw new IllegalArgumentException(OPTION + " takes host names (name, *.suffix or *) separated by "
                        + "commas, without scheme or port: '" + entry.trim() + "'");
            }
        }
        return new AllowedHosts(names, any);
    }

    /** These names and the address the front door is bound to (a wildcard address only as its own literal). */
    AllowedHosts withBindAddress(String bindAddress) {
        List<String> withBind = new ArrayList<>(names);
        String lower = bindAddress.toLowerCase(Locale.ROOT);
        withBind.add(lower.contains(":") && !lower.startsWith("[") ? "[" + lower + "]" : lower);
        return new AllowedHosts(withBind, any);
    }

    /** Whether the front door answers a request whose {@code Host} header is {@code hostHeader} (port optional). */
    public boolean allows(String hostHeader) {
        if (any) {
            return true;
        }
        String host = LoopbackNames.hostOf(hostHeader);
        return LoopbackNames.isLoopback(host) || host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn")
                || names.stream().anyMatch(name -> name.startsWith("*.") ? host.endsWith(name.substring(1))
                        : host.equals(name));
    }

    /** Whether {@code name} (lower case, no port) is one that {@code --allowed-hosts} can name. */
    static boolean isNameable(String name) {
        return name.matches("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*")
                || name.matches("\\[[0-9a-f:.]+]");
    }
}
