package org.telerehab.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** progress-service's own settings ({@code telerehab.progress.*}). */
@ConfigMapping(prefix = "telerehab.progress")
public interface ProgressConfig {

    /**
     * How often DISENGAGED and READY_TO_PROGRESS are checked (a Quarkus scheduler expression, e.g. {@code 1h}); the
     * check is safe on every replica at once.
     */
    @WithDefault("1h")
    String checkEvery();

    /** How long after start-up the first check runs. */
    @WithDefault("1m")
    String checkDelay();
}
