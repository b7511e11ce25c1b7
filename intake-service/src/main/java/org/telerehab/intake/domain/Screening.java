package org.telerehab.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A completed screening as stored: the patient's answers and the outcome computed from them. */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ScreeningAnswers answers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Disposition disposition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pain_types", nullable = false)
    public List<Region> painTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Chronicity chronicity;

    @Column(name = "baseline_pain", nullable = false)
    public int baselinePain;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "red_flags", nullable = false)
    public List<RedFlag> redFlags;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> advice;

    protected Screening() {
    }

    public static Screening completed(UUID patientId, Instant submittedAt, ScreeningAnswers answers) {
        ScreeningOutcome outcome = ScreeningOutcome.assess(answers);
        Screening s = new Screening();
        s.id = UUID.randomUUID();
        s.patientId = patientId;
        s.submittedAt = submittedAt;
        s.answers = answers;
        s.disposition = outcome.disposition();
        s.painTypes = outcome.painTypes();
        s.chronicity = outcome.chronicity();
        s.baselinePain = outcome.baselinePain();
        s.startBackTotal = outcome.startBack().total();
        s.startBackPsychosocial = outcome.startBack().psychosocial();
        s.risk = outcome.startBack().risk();
        s.odiPercent = outcome.odi() == null ? null : outcome.odi().percent();
        s.odiBand = outcome.odi() == null ? null : outcome.odi().band();
        s.odiSectionsAnswered = outcome.odi() == null ? null : outcome.odi().sectionsAnswered();
        s.redFlags = outcome.redFlags();
        s.advice = outcome.advice();
        return s;
    }
}
