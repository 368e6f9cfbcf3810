package com.apartmentbooking.local.appsync.vtl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code $util.map}: copies of maps with keys kept or removed; the given map is not changed. */
public final class TemplateMaps {

    TemplateMaps() {
    }

    public Map<Object, Object> copyAndRetainAllKeys(Map<?, ?> map, List<?> keys) {
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.keySet().retainAll(keys);
        return copy;
    }

    public Map<Object, Object> copyAndRemoveAllKeys(Map<?, ?> map, List<?> keys) {
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.keySet().removeAll(keys);
        return copy;
    }
}
