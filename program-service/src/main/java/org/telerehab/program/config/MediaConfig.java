package org.telerehab.program.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an upload of exercise media may be ({@code telerehab.media.*}); the store is {@link ObjectStoreConfig}. */
@ConfigMapping(prefix = "telerehab.media")
public interface MediaConfig {

    /** The largest image a therapist may upload. */
    @WithDefault("5M")
    MemorySize imageMaxSize();

    /** The largest video a therapist may upload (and, with a little room, the service's HTTP body limit). */
    @WithDefault("100M")
    MemorySize videoMaxSize();

    /** Images wider than this get a downscaled copy of this width for phones. */
    @WithDefault("640")
    int phoneWidth();

    /** Images with more pixels than this are refused before they are decoded (a small file can unpack to gigabytes). */
    @WithDefault("40000000")
    long maxPixels();
}
