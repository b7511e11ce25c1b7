package org.telerehab.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name=value} and {@code --flag} arguments. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + a);
            }
            int eq = a.indexOf('=');
            if (eq < 0) {
                map.put(a.substring(2), "true");
            } else {
                map.put(a.substring(2, eq), a.substring(eq + 1));
            }
        }
        return map;
    }
}
