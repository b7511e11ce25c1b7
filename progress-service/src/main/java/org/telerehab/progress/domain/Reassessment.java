package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.UUID;

/**
 * progress-service's copy of a re-assessment (intake-service's ReassessmentCompleted): its scores and its change
 * against the episode's baseline, as intake-service measured them. Kept as the event said, never changed.
 */
@Entity
@Table(name = "reassessment")
public class Reassessment {

    @Id
    @Column(name = "reassessment_id")
    public UUID reassessmentId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "baseline_screening_id", nullable = false)
    public UUID baselineScreeningId;

    @Column(name = "pain_average_week", nullable = false)
    public int painAverageWeek;

    @Column(name = "odi_percent")
    public Integer odiPercent;

    @Column(name = "start_back_total", nullable = false)
    public int startBackTotal;

    /** STarT Back psychosocial subscore 0-5. */
    @Column(name = "start_back_psychosocial")
    public Integer startBackPsychosocial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel risk;

    @Column(name = "pain_points", nullable = false)
    public int painPoints;

    @Column(name = "odi_points")
    public Integer odiPoints;

    @Column(name = "pain_mcid", nullable = false)
    public boolean painMcid;

    @Column(name = "odi_mcid")
    public Boolean odiMcid;

    /** Within the episode: after its baseline screening and not after the discharge that ended it. */
    public boolean belongsTo(Episode episode) {
        return submittedAt.isAfter(episode.baseline().screenedAt)
                && (episode.dischargedAt() == null || !submittedAt.isAfter(episode.dischargedAt()));
    }
}
