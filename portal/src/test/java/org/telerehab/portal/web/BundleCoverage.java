package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Whether a Qute message bundle is wholly translated: every key of its interface (a method, or for a method of one
 * enum parameter without a template, one key per constant) is in {@code messages/<name>_<tag>.properties}.
 */
final class BundleCoverage {

    private BundleCoverage() {
    }

    /** The keys of {@code bundle} missing from {@code messages/<name>_<tag>.properties}. */
    static List<String> missingKeys(Class<?> bundle, String name, String tag) {
        Properties file = load("messages/" + name + "_" + tag + ".properties");
        List<String> missing = new ArrayList<>();
        for (String key : keys(bundle)) {
            if (file.getProperty(key) == null || file.getProperty(key).isBlank()) {
                missing.add(key);
            }
        }
        return missing;
    }

    /** Every key of a bundle interface. */
    static List<String> keys(Class<?> bundle) {
        List<String> keys = new ArrayList<>();
        for (Method m : bundle.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            boolean perConstant = m.getParameterCount() == 1 && m.getParameterTypes()[0].isEnum()
                    && (message == null || message.value().equals(Message.DEFAULT_VALUE));
            if (!perConstant) {
                keys.add(m.getName());
                continue;
            }
            Object[] constants = m.getParameterTypes()[0].getEnumConstants();
            boolean underscore = Arrays.stream(constants).anyMatch(c -> ((Enum<?>) c).name().contains("_"));
            for (Object c : constants) {
                keys.add(m.getName() + (underscore ? "_$" : "_") + ((Enum<?>) c).name());
            }
        }
        return keys;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BundleCoverage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
