package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.RedFlagEscalated;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.program.config.RedFlagConfig;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.Clearance;
import org.telerehab.program.domain.RedFlagReport;
import org.telerehab.program.domain.RedFlagSource;
import org.telerehab.program.repository.CarePlanRepository;
import org.telerehab.program.repository.CareRelationRepository;
import org.telerehab.program.repository.ClearanceRepository;
import org.telerehab.program.repository.RedFlagReportRepository;
import org.telerehab.program.repository.TriageRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Red flags as a state with a history (see {@link RedFlagReport}): reports from screenings and check-ins, the pause
 * an emergency report makes, the clearance that closes them, the acknowledgement and the escalation.
 */
@ApplicationScoped
public class RedFlagService {

    private static final Logger LOG = Logger.getLogger(RedFlagService.class);
    /** Escalations per transaction; the next run takes the rest. */
    private static final int ESCALATION_BATCH = 200;

    /** A clearance and the reports it closed. */
    public record ClearanceResult(Clearance clearance, UUID screeningId, List<UUID> reportIds) {
    }

    private final RedFlagReportRepository reports;
    private final ClearanceRepository clearances;
    private final CarePlanRepository plans;
    private final TriageRepository triage;
    private final CareRelationRepository care;
    private final PatientAccess access;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final RedFlagConfig config;
    private final Clock clock;

    RedFlagService(RedFlagReportRepository reports, ClearanceRepository clearances, CarePlanRepository plans,
                   TriageRepository triage, CareRelationRepository care, PatientAccess access, AuditTrail audit,
                   EventOutbox outbox, RedFlagConfig config, Clock clock) {
        this.reports = reports;
        this.clearances = clearances;
        this.plans = plans;
        this.triage = triage;
        this.care = care;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records a report of red flags (none: nothing happens). Every emergency report pauses the ACTIVE plan, however
     * many reports came before it and whatever alert is open. A report already recorded (the same screening or
     * check-in delivered again) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void report(UUID reportId, UUID patientId, RedFlagSource source, Collection<RedFlag> flags, Instant at) {
        Optional<RedFlagReport> made = RedFlagReport.of(reportId, patientId, source, flags, at);
        if (made.isEmpty() || reports.findByIdOptional(reportId).isPresent()) {
            return;
        }
        RedFlagReport report = made.get();
        reports.persist(report);
        if (report.pausesRunningPlan()) {
            plans.currentForUpdate(patientId).filter(CarePlan::isActive).ifPresent(plan -> pause(plan, report));
        }
    }

    /** New plans wait while any report of the patient is OPEN. */
    public boolean blocksNewPlans(UUID patientId) {
        return reports.anyOpen(patientId);
    }

    public List<RedFlagReport> openOf(Collection<UUID> patientIds) {
        return reports.openOf(patientIds);
    }

    /** The patient's reports, newest first; audited. */
    @Transactional
    public List<RedFlagReport> history(UUID patientId) {
        access.checkCanRead(patientId, "Patient");
        List<RedFlagReport> history = reports.historyOf(patientId);
        audit.read("RedFlagHistory", patientId, patientId);
        return history;
    }

    /**
     * The caring therapist records that a physician cleared the patient's red flags: every OPEN report closes. The
     * note stays in this service (free text never goes into events). Asking again when nothing is open returns the
     * last clearance and changes nothing; with no report ever, there is nothing to clear (409).
     */
    @Transactional
    public ClearanceResult clear(UUID patientId, UUID therapistId, String note) {
        access.checkIsCaringTherapist(patientId);
        UUID screeningId = triage.findByIdOptional(patientId).map(t -> t.screeningId).orElse(null);
        List<RedFlagReport> open = reports.openForUpdate(patientId);
        if (open.isEmpty()) {
            Clearance last = clearances.latestOf(patientId).orElseThrow(() -> ProblemException.conflict(
                    "nothing-to-clear", "This patient has no red flag awaiting clearance"));
            return new ClearanceResult(last, screeningId,
                    reports.list("clearanceId", last.id).stream().map(r -> r.id).toList());
        }
        Clearance clearance = new Clearance(patientId, therapistId, note, clock.instant());
        clearances.persist(clearance);
        open.forEach(r -> r.clear(clearance.id, therapistId, clearance.clearedAt));
        List<UUID> ids = open.stream().map(r -> r.id).toList();
        outbox.publish(new ClearanceRecorded(UUID.randomUUID(), clearance.clearedAt, patientId, therapistId,
                screeningId, ids));
        audit.record("CLEAR", "RedFlagReport", clearance.id, patientId);
        return new ClearanceResult(clearance, screeningId, ids);
    }

    /**
     * The caring therapist has seen an open report and acted on it (e.g. phoned the patient to send them to
     * emergency care): it is no longer escalated. It stays OPEN, blocking plans, until a clearance. Acknowledging again,
     * or a report cleared meanwhile, changes nothing.
     */
    @Transactional
    public RedFlagReport acknowledge(UUID patientId, UUID reportId, UUID therapistId) {
        access.checkIsCaringTherapist(patientId);
        RedFlagReport report = reports.findByIdOptional(reportId)
                .filter(r -> r.patientId.equals(patientId))
                .orElseThrow(() -> ProblemException.notFound("Red-flag report"));
        if (report.isOpen() && report.acknowledgedAt == null) {
            report.acknowledge(therapistId, clock.instant());
            audit.record("ACKNOWLEDGE", "RedFlagReport", report.id, patientId);
        }
        return report;
    }

    /**
     * Escalates every OPEN emergency report that nobody acknowledged or cleared within the clinic's time: marked,
     * announced ({@code RedFlagEscalated}, for the admins' notifications) and shown to admins and on the worklist.
     *
     * @return how many were escalated
     */
    @Transactional
    public int escalateUnacted() {
        Instant now = clock.instant();
        List<RedFlagReport> due = reports.unactedEmergenciesReportedBy(now.minus(config.escalateAfter()),
                ESCALATION_BATCH);
        for (RedFlagReport report : due) {
            UUID therapist = care.relationOf(report.patientId).map(r -> r.therapistId)
                    .orElse(null);
            if (!report.dueForEscalation(now, config.escalateAfter(), therapist != null)) {
                continue;
            }
            report.escalate(now);
            outbox.publish(new RedFlagEscalated(UUID.randomUUID(), now, report.patientId, report.id, therapist,
                    report.reportedAt));
            LOG.warnf("escalated emergency red-flag report %s of patient %s (reported %s, caring therapist %s)",
                    report.id, report.patientId, report.reportedAt, therapist == null ? "none" : therapist);
        }
        return due.size();
    }

    /** Escalated reports still open, for the clinic's admins; audited. */
    @Transactional
    public List<RedFlagReport> openEscalated() {
        List<RedFlagReport> escalated = reports.openEscalated();
        audit.readEach("EscalatedRedFlag", escalated.stream().map(r -> r.patientId).distinct().toList());
        return escalated;
    }

    private void pause(CarePlan plan, RedFlagReport report) {
        plan.pause(report.id, clock.instant());
        outbox.publish(new PlanPaused(UUID.randomUUID(), plan.pausedAt, plan.patientId, plan.id,
                AlertType.RED_FLAG_SYMPTOM, null, report.id));
        LOG.infof("paused plan %s of patient %s: emergency red flag (report %s)", plan.id, plan.patientId, report.id);
    }
}
