package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.OpenAlert;
import org.telerehab.program.domain.PlanStatus;
import org.telerehab.program.domain.RedFlagReport;
import org.telerehab.program.domain.TriageEntry;
import org.telerehab.program.domain.WorklistOrder;
import org.telerehab.program.domain.WorklistRank;
import org.telerehab.program.repository.CarePlanRepository;
import org.telerehab.program.repository.CareRelationRepository;
import org.telerehab.program.repository.OpenAlertRepository;
import org.telerehab.program.repository.TriageRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class WorklistService {

    public enum Status { NEW, IN_CARE, BLOCKED, PLAN_ACTIVE, PAUSED }

    /** @param openRedFlags the patient's OPEN red-flag reports, oldest first */
    public record Entry(TriageEntry triage, Status status, UUID therapistId, List<OpenAlert> openAlerts,
                        List<RedFlagReport> openRedFlags) {
        WorklistRank rank() {
            return new WorklistRank(RedFlagReport.mostSevereOpen(openRedFlags).orElse(null), !openAlerts.isEmpty(),
                    triage.risk, triage.submittedAt);
        }
    }

    private final TriageRepository triage;
    private final OpenAlertRepository openAlerts;
    private final CarePlanRepository plans;
    private final RedFlagService redFlags;
    private final CareRelationRepository care;
    private final AuditTrail audit;

    WorklistService(TriageRepository triage, OpenAlertRepository openAlerts, CarePlanRepository plans,
                    RedFlagService redFlags, CareRelationRepository care, AuditTrail audit) {
        this.triage = triage;
        this.openAlerts = openAlerts;
        this.plans = plans;
        this.redFlags = redFlags;
        this.care = care;
        this.audit = audit;
    }

    /** Unclaimed patients and the caller's own, most urgent first (see WorklistOrder). */
    @Transactional
    public List<Entry> worklistOf(UUID therapistId) {
        List<TriageEntry> entries = triage.visibleTo(therapistId);
        List<UUID> patients = entries.stream().map(e -> e.patientId).toList();
        Map<UUID, List<OpenAlert>> alerts = openAlerts.openOf(patients).stream()
                .collect(Collectors.groupingBy(a -> a.patientId));
        Map<UUID, CarePlan> currentPlans = plans.currentOf(patients).stream()
                .collect(Collectors.toMap(p -> p.patientId, Function.identity()));
        Map<UUID, List<RedFlagReport>> open = redFlags.openOf(patients).stream()
                .collect(Collectors.groupingBy(r -> r.patientId));
        Map<UUID, UUID> mine = care.patientsOf(therapistId).stream()
                .collect(Collectors.toMap(r -> r.patientId, r -> r.therapistId));

        List<Entry> worklist = entries.stream()
                .map(e -> {
                    List<RedFlagReport> openReports = open.getOrDefault(e.patientId, List.of());
                    return new Entry(e, status(!openReports.isEmpty(), mine.containsKey(e.patientId),
                            currentPlans.get(e.patientId)), mine.get(e.patientId),
                            alerts.getOrDefault(e.patientId, List.of()), openReports);
                })
                .sorted(WorklistOrder.comparing(Entry::rank))
                .toList();
        audit.readEach("WorklistEntry", patients);
        return worklist;
    }

    /** BLOCKED while a red-flag report is open (whatever plan is running), then the plan's state, then care. */
    static Status status(boolean redFlagOpen, boolean inCare, CarePlan plan) {
        if (redFlagOpen) {
            return Status.BLOCKED;
        }
        if (plan != null) {
            return plan.status == PlanStatus.PAUSED ? Status.PAUSED : Status.PLAN_ACTIVE;
        }
        return inCare ? Status.IN_CARE : Status.NEW;
    }
}
