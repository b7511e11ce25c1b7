package org.telerehab.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** engagement-service's own settings (application.properties, {@code telerehab.engagement.*}). */
@ConfigMapping(prefix = "telerehab.engagement")
public interface EngagementConfig {

    /** The portal's address: the one link a notification's email carries. */
    @WithDefault("http://localhost:8080/")
    String portalUrl();

    /**
     * How long one live stream of a thread stays open before the server ends it; the browser's EventSource then
     * reconnects, which checks the caller's access again (and the portal re-reads the thread).
     */
    @WithDefault("PT10M")
    Duration messageStreamMaxAge();
}
