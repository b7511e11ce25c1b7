package org.telerehab.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.UUID;

/**
 * A completed re-assessment as stored: the answers, their scores, and the change against the baseline screening of
 * the patient's episode.
 */
@Entity
@Table(name = "reassessment")
public class Reassessment {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ReassessmentAnswers answers;

    @Column(name = "baseline_screening_id", nullable = false)
    public UUID baselineScreeningId;

    @Column(name = "start_back_total", nullable = false)
    public int startBackTotal;

    @Column(name = "start_back_psychosocial", nullable = false)
    public int startBackPsychosocial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel risk;

    @Column(name = "odi_percent")
    public Integer odiPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "odi_band")
    public OdiBand odiBand;

    /** Sections of the Oswestry questionnaire answered; null when it was skipped as a whole. */
    @Column(name = "odi_sections_answered")
    public Integer odiSectionsAnswered;

    @Column(name = "pain_points", nullable = false)
    public int painPoints;

    @Column(name = "odi_points")
    public Integer odiPoints;

    @Column(name = "pain_mcid", nullable = false)
    public boolean painMcid;

    @Column(name = "odi_mcid")
    public Boolean odiMcid;

    protected Reassessment() {
    }

    /** Scores the answers and measures them against the episode's baseline screening. */
    public static Reassessment completed(UUID patientId, Instant submittedAt, ReassessmentAnswers answers,
                                         Screening baseline) {
        if (baseline == null || !baseline.patientId.equals(patientId)) {
            throw new IllegalArgumentException("a re-assessment is measured against the patient's own screening");
        }
        StartBackScore startBack = StartBackScore.of(answers.startBackItems(), answers.bothersomeness());
        OswestryScore odi = answers.odi() == null ? null : OswestryScore.of(answers.odi());
        Reassessment r = new Reassessment();
        r.id = UUID.randomUUID();
        r.patientId = patientId;
        r.submittedAt = submittedAt;
        r.answers = answers;
        r.baselineScreeningId = baseline.id;
        r.startBackTotal = startBack.total();
        r.startBackPsychosocial = startBack.psychosocial();
        r.risk = startBack.risk();
        r.odiPercent = odi == null ? null : odi.percent();
        r.odiBand = odi == null ? null : odi.band();
        r.odiSectionsAnswered = odi == null ? null : odi.sectionsAnswered();
        OutcomeChange change = OutcomeChange.between(baseline.baselinePain, baseline.odiPercent,
                answers.painAverageWeek(), r.odiPercent);
        r.painPoints = change.painPoints();
        r.odiPoints = change.odiPoints();
        r.painMcid = change.painMcid();
        r.odiMcid = change.odiMcid();
        return r;
    }

    public OutcomeChange change() {
        return new OutcomeChange(painPoints, odiPoints, painMcid, odiMcid);
    }
}
