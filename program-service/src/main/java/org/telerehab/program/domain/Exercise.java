package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a therapist-authored exercise. Editing makes a new version; plans keep the version they were
 * given, so what a patient was prescribed never changes under them.
 */
@Entity
@Table(name = "exercise")
@IdClass(Exercise.Key.class)
public class Exercise {

    /** The longest name, summary, step and cue a therapist may write (the API's request and any translation). */
    public static final int MAX_NAME = 120;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_STEP = 500;
    public static final int MAX_CUE = 300;

    public static class Key implements Serializable {
        public UUID id;
        public int version;

        public Key() {
        }

        public Key(UUID id, int version) {
            this.id = id;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.id, id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }

    @Id
    public UUID id;

    @Id
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> steps;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> cues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Region> regions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "movement_tags", nullable = false)
    public List<MovementTag> movementTags;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> equipment;

    @Column(name = "dose_sets", nullable = false)
    public int doseSets;

    @Column(name = "dose_reps", nullable = false)
    public int doseReps;

    @Column(name = "dose_hold_seconds", nullable = false)
    public int doseHoldSeconds;

    @Column(name = "intensity_cap", nullable = false)
    public int intensityCap;

    @Column(name = "progression_id")
    public UUID progressionId;

    @Column(name = "regression_id")
    public UUID regressionId;

    @Column(name = "media_url")
    public String mediaUrl;

    /** A later progression (e.g. pigeon pose): never in a starter template; added once the basics plateau. */
    @Column(name = "later_progression", nullable = false)
    public boolean laterProgression;

    /** The pictures and videos this version shows, in order ({@link ExerciseMedia} ids). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "media_ids", nullable = false)
    public List<UUID> mediaIds = List.of();

    @Column(nullable = false)
    public boolean current;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    public Set<MovementTag> tagSet() {
        return movementTags.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(movementTags);
    }
}
