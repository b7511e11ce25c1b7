package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.progress.domain.Alert;
import org.telerehab.progress.domain.DailyRollup;
import org.telerehab.progress.domain.PatientProgress;
import org.telerehab.progress.domain.ProgressCalculator;
import org.telerehab.progress.domain.ProgressFigures;
import org.telerehab.progress.repository.CareRelationRepository;
import org.telerehab.progress.repository.CheckInRepository;
import org.telerehab.progress.repository.DailyRollupRepository;
import org.telerehab.progress.repository.PatientProgressRepository;
import org.telerehab.progress.repository.SessionLogRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads progress from the projections: a summary row and at most 28 daily rows per patient. */
@ApplicationScoped
public class ProgressService {

    /**
     * The figures, plus the projection and open alerts they were computed from (callers need not query again), on the
     * patient's own {@code today}.
     */
    public record PatientView(UUID patientId, LocalDate today, ProgressFigures figures, List<Alert> openAlerts,
                              PatientProgress summary) {

        public String planStatus() {
            return summary.planStatus;
        }
    }

    private final PatientProgressRepository progress;
    private final DailyRollupRepository rollups;
    private final AlertService alerts;
    private final SessionLogRepository sessions;
    private final CheckInRepository checkIns;
    private final PainObservationsMapper observations;
    private final PatientAccess access;
    private final CareRelationRepository care;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressService(PatientProgressRepository progress, DailyRollupRepository rollups, AlertService alerts,
                    SessionLogRepository sessions, CheckInRepository checkIns, PainObservationsMapper observations,
                    PatientAccess access, CareRelationRepository care, AuditTrail audit, Clock clock) {
        this.progress = progress;
        this.rollups = rollups;
        this.alerts = alerts;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.observations = observations;
        this.access = access;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PatientView progressOf(UUID patientId) {
        access.checkCanRead(patientId, "Progress");
        PatientView view = compute(List.of(patientId), clock.instant()).get(0);
        audit.read("Progress", patientId, patientId);
        return view;
    }

    /** Every pain reading as FHIR Observations: an export, so it reads the whole history. */
    @Transactional
    public org.hl7.fhir.r4.model.Bundle painObservationsOf(UUID patientId) {
        access.checkCanRead(patientId, "Observations");
        var bundle = observations.toBundle(patientId, checkIns.historyOf(patientId), sessions.historyOf(patientId));
        audit.read("PainObservations", patientId, patientId);
        return bundle;
    }

    /** Each patient in the therapist's care, with the same figures as their progress page. */
    @Transactional
    public List<PatientView> caseloadOf(UUID therapistId) {
        List<UUID> patients = care.patientsOf(therapistId).stream().map(r -> r.patientId).toList();
        List<PatientView> caseload = compute(patients, clock.instant());
        audit.readEach("Progress", patients);
        return caseload;
    }

    /**
     * Figures for many patients in three queries, whatever their number of logs, each on their own day at this
     * instant (patients in different time zones may be on different days).
     */
    List<PatientView> compute(List<UUID> patients, Instant now) {
        Map<UUID, PatientProgress> stored = progress.progressOf(patients);
        Map<UUID, PatientProgress> rows = new HashMap<>();
        Map<UUID, LocalDate> todays = new HashMap<>();
        for (UUID id : patients) {
            PatientProgress row = stored.getOrDefault(id, PatientProgress.empty(id));
            rows.put(id, row);
            todays.put(id, row.days().dayOf(now));
        }
        LocalDate earliest = todays.values().stream().min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
        LocalDate latest = todays.values().stream().max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
        Map<UUID, List<DailyRollup>> days = rollups.between(patients, ProgressCalculator.windowStart(earliest), latest);
        Map<UUID, List<Alert>> open = alerts.openOf(patients);
        return patients.stream().map(id -> {
            PatientProgress row = rows.get(id);
            LocalDate today = todays.get(id);
            // the calculator keeps only the days of this patient's own window
            ProgressFigures figures = ProgressCalculator.compute(row.toSummary(), days.getOrDefault(id, List.of()), today);
            return new PatientView(id, today, figures, open.getOrDefault(id, List.of()), row);
        }).toList();
    }
}
