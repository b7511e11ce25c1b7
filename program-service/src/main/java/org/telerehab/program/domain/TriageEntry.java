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
import java.util.UUID;

/** A screened patient on the triage worklist, as of their latest screening. */
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

    @Column(name = "clearance_required", nullable = false)
    public boolean clearanceRequired;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "cleared_by")
    public UUID clearedBy;

    @Column(name = "clearance_note")
    public String clearanceNote;

    protected TriageEntry() {
    }

    public static TriageEntry from(ScreeningCompleted screening) {
        TriageEntry entry = new TriageEntry();
        entry.patientId = screening.patientId();
        entry.update(screening);
        return entry;
    }

    /** A newer screening replaces the older one; its red flags need a clearance of their own. */
    public void update(ScreeningCompleted screening) {
        screeningId = screening.screeningId();
        disposition = screening.disposition();
        painTypes = List.copyOf(screening.painTypes());
        risk = screening.risk();
        baselinePain = screening.baselinePain();
        redFlags = List.copyOf(screening.redFlags());
        submittedAt = screening.occurredAt();
        clearanceRequired = screening.disposition().blocksPlanAssignment();
        clearedAt = null;
        clearedBy = null;
        clearanceNote = null;
    }

    public boolean isOlderThan(ScreeningCompleted screening) {
        return !submittedAt.isAfter(screening.occurredAt());
    }

    /** A red-flag symptom reported after the screening blocks plans again until a clinician clears it. */
    public void requireClearance() {
        clearanceRequired = true;
        clearedAt = null;
        clearedBy = null;
        clearanceNote = null;
    }

    public void clear(UUID therapistId, Instant at, String note) {
        clearanceRequired = false;
        clearedAt = at;
        clearedBy = therapistId;
        clearanceNote = note;
    }
}
