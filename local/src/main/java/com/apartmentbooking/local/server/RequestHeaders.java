package com.apartmentbooking.local.server;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * A request's headers as an unmodifiable map of names (case-insensitive) to their values in order, built from the
 * request's fields when first read: most services never read them, and building the map on every call cost more than
 * parsing a small request body.
 */
final class RequestHeaders extends AbstractMap<String, List<String>> {

    private final HttpFields fields;
    /** Built once, on first use; a racing second build makes an equal map, so publishing either is right. */
    private volatile Map<String, List<String>> built;

    RequestHeaders(HttpFields fields) {
        this.fields = fields;
    }

    @Override
    public List<String> get(Object name) {
        return map().get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return map().containsKey(name);
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        return map().entrySet();
    }

    private Map<String, List<String>> map() {
        Map<String, List<String>> map = built;
        if (map == null) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (HttpField field : fields) {
                headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
            }
            map = Collections.unmodifiableMap(headers);
            built = map;
        }
        return map;
    }
}
