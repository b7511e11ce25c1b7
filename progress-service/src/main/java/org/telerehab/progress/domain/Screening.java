package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * progress-service's copy of a screening's scores (intake-service's ScreeningCompleted): what an episode's baseline is
 * chosen from ({@link Episode}). Kept as the event said, never changed.
 */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    @Column(name = "screening_id")
    public UUID screeningId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;

    /** NPRS, 0-10. */
    @Column(nullable = false)
    public int pain;

    /** ODI percent, null when the ODI was not scored. */
    @Column(name = "odi_percent")
    public Integer odiPercent;

    /** STarT Back risk; null for a screening applied before version 1.1 kept it. */
    @Enumerated(EnumType.STRING)
    public RiskLevel risk;

    /** The pain types the screening found (empty for a screening applied before version 1.1 kept them). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pain_types", nullable = false)
    public List<Region> painTypes;

    /** STarT Back total 0-9; null for a screening announced before version 1.1. */
    @Column(name = "start_back_total")
    public Integer startBackTotal;

    /** STarT Back psychosocial subscore 0-5; null for a screening announced before version 1.1. */
    @Column(name = "start_back_psychosocial")
    public Integer startBackPsychosocial;

    protected Screening() {
    }

    public Screening(UUID screeningId, UUID patientId, Instant screenedAt, int pain, Integer odiPercent,
                     RiskLevel risk, Integer startBackTotal, Integer startBackPsychosocial, List<Region> painTypes) {
        PainReading.requireScale("pain", pain);
        this.screeningId = screeningId;
        this.patientId = patientId;
        this.screenedAt = screenedAt;
        this.pain = pain;
        this.odiPercent = odiPercent;
        this.risk = risk;
        this.startBackTotal = startBackTotal;
        this.startBackPsychosocial = startBackPsychosocial;
        this.painTypes = painTypes == null ? List.of() : List.copyOf(painTypes);
    }
}
