package org.telerehab.program.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How program-service escalates emergency red flags nobody acted on ({@code telerehab.program.red-flags.*}). */
@ConfigMapping(prefix = "telerehab.program.red-flags")
public interface RedFlagConfig {

    /**
     * An OPEN emergency report that no clinician acknowledged or cleared within this time is escalated to the clinic's
     * admins. A clinic sets it to what its on-call rota can promise.
     */
    @WithDefault("PT1H")
    Duration escalateAfter();

    /** How often the escalation check runs (a Quarkus scheduler expression, e.g. {@code 1m}). */
    @WithDefault("1m")
    String checkEvery();
}
