package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The end of an episode of care: the caring therapist discharged the patient, with a reason that stays here. An
 * episode runs from a screening (or the enrolment) to its discharge; the next screening opens the next one.
 */
@Entity
@Table(name = "discharge")
public class Discharge {

    /** Why a discharge is refused. */
    public enum Refusal {
        /** an open red-flag report needs a clinician's clearance first: a discharge must not end the watch on it */
        OPEN_RED_FLAG,
        /** discharged already, and no screening since: there is no episode to end */
        NO_EPISODE
    }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    /** The plan completed by the discharge; null when the patient had none. */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "discharged_at", nullable = false)
    public Instant dischargedAt;

    protected Discharge() {
    }

    public Discharge(UUID patientId, UUID therapistId, UUID planId, String reason, Instant dischargedAt) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.therapistId = Objects.requireNonNull(therapistId, "therapistId");
        this.planId = planId;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.dischargedAt = Objects.requireNonNull(dischargedAt, "dischargedAt");
    }

    /**
     * Whether the patient's episode has ended: discharged, and not screened since (a screening at the very instant
     * of the discharge belongs to the episode it ended).
     */
    public static boolean episodeEnded(Optional<Instant> lastDischargedAt, Optional<Instant> lastScreenedAt) {
        return lastDischargedAt.isPresent()
                && lastScreenedAt.map(screened -> !screened.isAfter(lastDischargedAt.get())).orElse(true);
    }

    /** The first reason this patient cannot be discharged now, or empty when they can. */
    public static Optional<Refusal> refusal(boolean anyOpenRedFlag, Optional<Instant> lastDischargedAt,
                                            Optional<Instant> lastScreenedAt) {
        if (anyOpenRedFlag) {
            return Optional.of(Refusal.OPEN_RED_FLAG);
        }
        if (episodeEnded(lastDischargedAt, lastScreenedAt)) {
            return Optional.of(Refusal.NO_EPISODE);
        }
        return Optional.empty();
    }
}
