package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The stored row of a {@link DailyRollup}. Added to only by the atomic upsert in {@code DailyRollupRepository};
 * read-only here.
 */
@Entity
@Immutable
@IdClass(DailyRollupRow.Key.class)
@Table(name = "daily_rollup")
public class DailyRollupRow {

    /** The row's identity: a patient's day. */
    public static class Key implements Serializable {
        public UUID patientId;
        public LocalDate day;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(patientId, k.patientId) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, day);
        }
    }

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int sessions;

    @Column(name = "pain_sum", nullable = false)
    public int painSum;

    @Column(name = "pain_readings", nullable = false)
    public int painReadings;

    @Column(name = "max_perceived_intensity", nullable = false)
    public int maxPerceivedIntensity;

    protected DailyRollupRow() {
    }
}
