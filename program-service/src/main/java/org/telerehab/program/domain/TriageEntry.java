package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A screened patient on the triage worklist, as of their latest screening (red flags: {@link RedFlagReport}). */
@Entity
@Table(name = "triage_entry")
public class TriageEntry {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "screening_id", nullable = false)
    public UUID screeningId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Disposition disposition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pain_types", nullable = false)
    public List<Region> painTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel risk;

    @Column(name = "baseline_pain", nullable = false)
    public int baselinePain;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "red_flags", nullable = false)
    public List<RedFlag> redFlags;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    protected TriageEntry() {
    }

    public static TriageEntry from(ScreeningCompleted screening) {
        TriageEntry entry = new TriageEntry();
        entry.patientId = screening.patientId();
        entry.update(screening);
        return entry;
    }

    /**
     * A newer screening replaces the older one on the worklist. Its red flags are not a field that the next
     * screening overwrites: each report is kept as a {@link RedFlagReport} until a clinician clears it.
     */
    public void update(ScreeningCompleted screening) {
        screeningId = screening.screeningId();
        disposition = screening.disposition();
        painTypes = List.copyOf(screening.painTypes());
        risk = screening.risk();
        baselinePain = screening.baselinePain();
        redFlags = List.copyOf(screening.redFlags());
        submittedAt = screening.occurredAt();
    }

    public boolean isOlderThan(ScreeningCompleted screening) {
        return !submittedAt.isAfter(screening.occurredAt());
    }

    /** Whether a newer screening names other pain types than this one (the running plan must be re-checked). */
    public boolean painTypesDifferFrom(ScreeningCompleted screening) {
        return !Set.copyOf(painTypes).equals(Set.copyOf(screening.painTypes()));
    }
}
