package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line drawings made for the seeded library, one SVG per exercise (start and end position), shipped with the
 * service under {@code illustrations/<exercise id>.svg}. They are ours, show no person and hold no health data.
 */
@ApplicationScoped
public class Illustrations {

    private final ConcurrentHashMap<UUID, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    public boolean has(UUID exerciseId) {
        return svg(exerciseId).isPresent();
    }

    public Optional<byte[]> svg(UUID exerciseId) {
        return cache.computeIfAbsent(exerciseId, Illustrations::load);
    }

    private static Optional<byte[]> load(UUID exerciseId) {
        try (InputStream in = Illustrations.class.getClassLoader()
                .getResourceAsStream("illustrations/" + exerciseId + ".svg")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
