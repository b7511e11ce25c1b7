package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.AlertType;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.OpenAlert;
import org.telerehab.program.domain.PlanStatus;
import org.telerehab.program.domain.TriageEntry;
import org.telerehab.program.repository.CarePlanRepository;
import org.telerehab.program.repository.TriageRepository;

import java.time.Clock;
import java.util.UUID;

/** Applies intake's screenings and progress' alerts to the worklist; runs inside the consumer's transaction. */
@ApplicationScoped
public class TriageService {

    private static final Logger LOG = Logger.getLogger(TriageService.class);

    private final TriageRepository triage;
    private final CarePlanRepository plans;
    private final EventOutbox outbox;
    private final Clock clock;

    TriageService(TriageRepository triage, CarePlanRepository plans, EventOutbox outbox, Clock clock) {
        this.triage = triage;
        this.plans = plans;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void screeningCompleted(ScreeningCompleted screening) {
        TriageEntry entry = triage.findById(screening.patientId());
        if (entry == null) {
            triage.persist(TriageEntry.from(screening));
        } else if (entry.isOlderThan(screening)) {
            entry.update(screening);
        } else {
            LOG.debugf("ignoring screening %s older than the one on the worklist", screening.screeningId());
        }
    }

    /** A red-flag symptom pauses the active plan and blocks new plans until a clinician clears it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertRaised(AlertRaised alert) {
        if (triage.getEntityManager().find(OpenAlert.class, alert.alertId()) == null) {
            triage.getEntityManager().persist(
                    new OpenAlert(alert.alertId(), alert.patientId(), alert.alertType(), alert.occurredAt()));
        }
        if (alert.alertType() != AlertType.RED_FLAG_SYMPTOM) {
            return;
        }
        TriageEntry entry = triage.findById(alert.patientId());
        if (entry != null) {
            entry.requireClearance();
        }
        plans.currentForUpdate(alert.patientId())
                .filter(plan -> plan.status == PlanStatus.ACTIVE)
                .ifPresent(plan -> pause(plan, alert));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void alertResolved(AlertResolved resolved) {
        OpenAlert open = triage.getEntityManager().find(OpenAlert.class, resolved.alertId());
        if (open != null) {
            triage.getEntityManager().remove(open);
        }
    }

    private void pause(CarePlan plan, AlertRaised alert) {
        plan.pause(alert.alertId(), clock.instant());
        outbox.publish(new PlanPaused(UUID.randomUUID(), plan.pausedAt, plan.patientId, plan.id,
                AlertType.RED_FLAG_SYMPTOM, alert.alertId()));
    }
}
