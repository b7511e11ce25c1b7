package org.telerehab.kit.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * How much a request may carry. Bodies are small forms (a screening is under 1 KB, an exercise a few KB), so the
 * limits sit far above any real request and far below what could tie up a service.
 */
@ConfigMapping(prefix = "telerehab.input")
public interface InputLimits {

    /** Deepest JSON nesting accepted; real bodies nest 3 levels. Deeper input is refused while it is parsed. */
    @WithDefault("32")
    int maxJsonNestingDepth();

    /**
     * For a service whose HTTP limit is raised for pictures and videos: the limit of every other body (absent: the
     * HTTP limit for all). See {@link BodySizeLimit}.
     */
    Optional<MemorySize> maxFormBodySize();
}
