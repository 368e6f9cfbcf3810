package com.apartmentbooking.local.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web origins whose pages may use the runtime from a browser: they get CORS headers, and they may send
 * state-changing requests and open WebSocket connections. Always allowed are {@code http} and {@code https} origins
 * on a loopback host ({@link LoopbackNames}), any port; the user adds exact origins ({@code --allowed-origins}),
 * and {@code *} alone allows every origin. Requests without an {@code Origin} (SDKs, the CLI, curl, function
 * instances) are not a browser page's and are not judged by this.
 */
public final class AllowedOrigins {

    /** The option that configures the origins, as messages name it. */
    public static final String OPTION = "--allowed-origins";

    private static final Pattern ORIGIN = Pattern.compile("(https?)://(\\[[0-9a-f:.]+]|[^/:\\[\\]]+)(:\\d{1,5})?");

    private final List<String> origins;
    private final boolean any;

    private AllowedOrigins(List<String> origins, boolean any) {
        this.origins = List.copyOf(origins);
        this.any = any;
    }

    /** Loopback origins only. */
    public static AllowedOrigins loopback() {
        return new AllowedOrigins(List.of(), false);
    }

    /**
     * Reads {@code --allowed-origins}: origins ({@code scheme://host[:port]}) separated by commas; {@code *} alone
     * allows every origin.
     *
     * @throws IllegalArgumentException naming an entry that is not an origin
     */
    public static AllowedOrigins parse(String value) {
        List<String> origins = new ArrayList<>();
        boolean any = false;
        for (String entry : value.split(",", -1)) {
            String origin = entry.trim().toLowerCase(Locale.ROOT);
            if (origin.equals("*")) {
                any = true;
            } else if (ORIGIN.matcher(origin).matches()) {
                origins.add(origin);
            } else {
                throw new IllegalArgumentException(OPTION + " takes origins (http://host:port, https://host or *) "
                        + "separated by commas, without a path: '" + entry.trim() + "'");
            }
        }
        return new AllowedOrigins(origins, any);
    }

    /** Whether a page of {@code origin} (an {@code Origin} header's value, {@code null} included) is allowed. */
    public boolean allows(String origin) {
        if (any) {
            return true;
        }
        String lower = origin.trim().toLowerCase(Locale.ROOT);
        Matcher parts = ORIGIN.matcher(lower);
        return parts.matches() && (LoopbackNames.isLoopback(parts.group(2)) || origins.contains(lower));
    }

    /** Whether {@code origin} is one that {@code --allowed-origins} can name (rather than {@code null}, a file, ...). */
    static boolean isNameable(String origin) {
        return ORIGIN.matcher(origin.trim().toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether every origin is allowed, so that CORS answers may say {@code *}. */
    boolean allowsAll() {
        return any;
    }
}
