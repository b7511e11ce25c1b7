package org.telerehab.kit.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-user budget of writes (POST, PUT, PATCH, DELETE) of each replica; see {@link WriteBudget}. */
@ConfigMapping(prefix = "telerehab.limits.writes")
public interface WriteLimits {

    /** Writes a user may make per minute, on average. */
    @WithDefault("120")
    int perMinute();

    /** Writes a user may make at once before the per-minute rate applies. */
    @WithDefault("30")
    int burst();
}
