package org.telerehab.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** engagement-service's own settings (application.properties, {@code telerehab.engagement.*}). */
@ConfigMapping(prefix = "telerehab.engagement")
public interface EngagementConfig {

    /** The portal's address: the one link a notification's email carries. */
    @WithDefault("http://localhost:8080/")
    String portalUrl();
}
