package org.telerehab.program.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Optional;

/** The S3-compatible object store that keeps exercise media ({@code telerehab.media.store.*}). */
@ConfigMapping(prefix = "telerehab.media.store")
public interface ObjectStoreConfig {

    /** Any S3-compatible endpoint (S3Proxy locally, MinIO, Ceph); absent for Amazon S3 itself. */
    Optional<URI> endpoint();

    @WithDefault("us-east-1")
    String region();

    /** The bucket; media objects are private and served only through {@code GET /api/media/{id}}. */
    String bucket();

    String accessKey();

    String secretKey();

    /** Path-style addressing (bucket in the path), which S3Proxy and most self-hosted stores need. */
    @WithDefault("true")
    boolean pathStyle();

    /** Create the bucket on first use if it is missing: for local runs and tests; in production ops provide it. */
    @WithDefault("false")
    boolean createBucket();
}
