package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.CareDirectory;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.progress.domain.PatientSummary;
import org.telerehab.progress.domain.ProgressCalculator;
import org.telerehab.progress.domain.ProgressFigures;
import org.telerehab.progress.repository.ProgressStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads progress from the projections: a summary row and at most 28 daily rows per patient. */
@ApplicationScoped
public class ProgressService {

    /** The figures, plus the summary and open alerts they were computed from (callers need not query again). */
    public record PatientProgress(UUID patientId, ProgressFigures figures, List<ProgressStore.OpenAlert> openAlerts,
                                  ProgressStore.Summary summary) {

        public String planStatus() {
            return summary.planStatus();
        }
    }

    private final ProgressStore store;
    private final org.telerehab.progress.repository.LogRepository logs;
    private final PainObservationsMapper observations;
    private final PatientAccess access;
    private final CareDirectory care;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressService(ProgressStore store, org.telerehab.progress.repository.LogRepository logs,
                    PainObservationsMapper observations, PatientAccess access, CareDirectory care, AuditTrail audit,
                    Clock clock) {
        this.store = store;
        this.logs = logs;
        this.observations = observations;
        this.access = access;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PatientProgress progressOf(UUID patientId) {
        access.checkCanRead(patientId, "Progress");
        PatientProgress progress = compute(List.of(patientId), LocalDate.now(clock)).get(0);
        audit.read("Progress", patientId, patientId);
        return progress;
    }

    /** Every pain reading as FHIR Observations: an export, so it reads the whole history. */
    @Transactional
    public org.hl7.fhir.r4.model.Bundle painObservationsOf(UUID patientId) {
        access.checkCanRead(patientId, "Observations");
        var bundle = observations.toBundle(patientId, logs.checkInsOf(patientId), logs.sessionsOf(patientId));
        audit.read("PainObservations", patientId, patientId);
        return bundle;
    }

    /** Each patient in the therapist's care, with the same figures as their progress page. */
    @Transactional
    public List<PatientProgress> caseloadOf(UUID therapistId) {
        List<UUID> patients = care.patientsOf(therapistId).stream().map(CareDirectory.CareRelation::patientId).toList();
        List<PatientProgress> caseload = compute(patients, LocalDate.now(clock));
        audit.readEach("Progress", patients);
        return caseload;
    }

    /** Figures for many patients in three queries, whatever their number of logs. */
    List<PatientProgress> compute(List<UUID> patients, LocalDate today) {
        Map<UUID, ProgressStore.Summary> summaries = store.summaries(patients);
        Map<UUID, List<org.telerehab.progress.domain.DailyRollup>> rollups =
                store.rollups(patients, ProgressCalculator.windowStart(today), today);
        Map<UUID, List<ProgressStore.OpenAlert>> alerts = store.openAlerts(patients);
        return patients.stream().map(id -> {
            ProgressStore.Summary s = summaries.getOrDefault(id, ProgressStore.Summary.empty(id));
            ProgressFigures figures = ProgressCalculator.compute(toDomain(s), rollups.getOrDefault(id, List.of()), today);
            return new PatientProgress(id, figures, alerts.getOrDefault(id, List.of()), s);
        }).toList();
    }

    static PatientSummary toDomain(ProgressStore.Summary s) {
        boolean hasPlan = s.sessionsPerWeek() != null && s.planStartDate() != null;
        return new PatientSummary(s.baselinePain(), hasPlan ? s.sessionsPerWeek() : null,
                hasPlan ? s.planStartDate() : null, s.latestPain(), s.sessionsLogged(), s.lastSessionAt());
    }
}
