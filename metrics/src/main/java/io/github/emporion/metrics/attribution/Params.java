package io.github.emporion.metrics.attribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered, unmodifiable parameter maps for results. */
final class Params {

    private Params() {}

    static Map<String, String> of(Object... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        return Collections.unmodifiableMap(m);
    }
}
