package org.telerehab.kit.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;

@ConfigMapping(prefix = "telerehab.audit")
public interface AuditConfig {

    /** How often committed records are sealed into the hash chain (and the chain's head written to the log). */
    @WithDefault("10s")
    Duration sealEvery();

    /** Records sealed per transaction. */
    @WithDefault("1000")
    int sealBatchSize();

    /**
     * How long records are kept before the daily purge deletes them: at least 6 years (HIPAA's retention of
     * documentation); the database refuses less.
     */
    @WithDefault("P6Y")
    Period retention();
}
