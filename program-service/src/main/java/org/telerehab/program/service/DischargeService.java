package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientDischarged;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.Discharge;
import org.telerehab.program.domain.PlanStatus;
import org.telerehab.program.repository.CarePlanRepository;
import org.telerehab.program.repository.DischargeRepository;
import org.telerehab.program.repository.RedFlagReportRepository;
import org.telerehab.program.repository.TriageRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Discharge: the caring therapist ends the patient's episode of care. */
@ApplicationScoped
public class DischargeService {

    private final DischargeRepository discharges;
    private final CarePlanRepository plans;
    private final TriageRepository triage;
    private final RedFlagReportRepository redFlags;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    DischargeService(DischargeRepository discharges, CarePlanRepository plans, TriageRepository triage,
                     RedFlagReportRepository redFlags, PatientAccess access, CurrentUser currentUser,
                     EventOutbox outbox, AuditTrail audit, Clock clock) {
        this.discharges = discharges;
        this.plans = plans;
        this.triage = triage;
        this.redFlags = redFlags;
        this.access = access;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Order of checks: care (403), then {@link Discharge#refusal} (409). The current plan, if any, becomes COMPLETED;
     * the patient stays in the therapist's care. Nothing is written unless every check passes.
     */
    @Transactional
    public Discharge discharge(UUID patientId, String reason) {
        access.checkIsCaringTherapist(patientId);
        // the current plan locked first, so a second discharge at the same moment waits for this one and is refused
        // (without a plan, both could be written: harmless, they end the same episode)
        Optional<CarePlan> plan = plans.currentForUpdate(patientId);
        Discharge.refusal(redFlags.anyOpen(patientId), discharges.lastDischargedAt(patientId),
                lastScreenedAt(patientId)).ifPresent(refusal -> {
                    throw switch (refusal) {
                        case OPEN_RED_FLAG -> ProblemException.conflict("red-flag-not-cleared",
                                "An open red-flag report must be cleared before the patient is discharged");
                        case NO_EPISODE -> ProblemException.conflict("already-discharged",
                                "The patient was discharged and has not screened since: there is no episode to end");
                    };
                });
        Instant now = clock.instant();
        plan.ifPresent(p -> p.status = PlanStatus.COMPLETED);
        Discharge discharge = new Discharge(patientId, currentUser.id(), plan.map(p -> p.id).orElse(null),
                reason.strip(), now);
        discharges.persist(discharge);
        outbox.publish(new PatientDischarged(UUID.randomUUID(), now, patientId, discharge.therapistId,
                discharge.planId));
        audit.record("DISCHARGE", "Discharge", discharge.id, patientId);
        return discharge;
    }

    /** Whether the patient's episode has ended (discharged, no screening since): a new plan waits for a screening. */
    public boolean episodeEnded(UUID patientId) {
        return Discharge.episodeEnded(discharges.lastDischargedAt(patientId), lastScreenedAt(patientId));
    }

    private Optional<Instant> lastScreenedAt(UUID patientId) {
        return triage.findByIdOptional(patientId).map(entry -> entry.submittedAt);
    }
}
