package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A picture or video of an exercise, kept in the object store under a random key. The exercise versions that show
 * it list its id ({@link Exercise#mediaIds}); the row is written only once its objects are stored.
 */
@Entity
@Table(name = "exercise_media")
public class ExerciseMedia {

    @Id
    public UUID id;

    @Column(name = "exercise_id", nullable = false)
    public UUID exerciseId;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Hex SHA-256 of the bytes: the strong ETag of the original. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    /** The downscaled copy for phones (images wider than the phone width), if any. */
    @Column(name = "phone_object_key")
    public String phoneObjectKey;

    @Column(name = "phone_size_bytes")
    public Long phoneSizeBytes;

    @Column(name = "phone_sha256")
    public String phoneSha256;

    public String caption;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
}
