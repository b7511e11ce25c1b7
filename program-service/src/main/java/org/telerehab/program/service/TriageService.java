package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.program.domain.OpenAlert;
import org.telerehab.program.domain.RedFlagSource;
import org.telerehab.program.domain.TriageEntry;
import org.telerehab.program.repository.OpenAlertRepository;
import org.telerehab.program.repository.TriageRepository;

/**
 * Applies intake's screenings and progress' alerts and red-flag reports to the worklist; runs inside the
 * consumer's transaction.
 */
@ApplicationScoped
public class TriageService {

    private static final Logger LOG = Logger.getLogger(TriageService.class);

    private final TriageRepository triage;
    private final OpenAlertRepository openAlerts;
    private final RedFlagService redFlags;
    private final PlanService plans;

    TriageService(TriageRepository triage, OpenAlertRepository openAlerts, RedFlagService redFlags, PlanService plans) {
        this.triage = triage;
        this.openAlerts = openAlerts;
        this.redFlags = redFlags;
        this.plans = plans;
    }

    /**
     * The newest screening sets the worklist entry; its red flags (from any screening, even one arriving late) open a
     * report of their own, and a screening without flags closes none. New pain types re-check the running plan.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screeningCompleted(ScreeningCompleted screening) {
        redFlags.report(screening.screeningId(), screening.patientId(), RedFlagSource.SCREENING,
                screening.redFlags(), screening.occurredAt());
        TriageEntry entry = triage.findById(screening.patientId());
        if (entry == null) {
            triage.persist(TriageEntry.from(screening));
        } else if (entry.isOlderThan(screening)) {
            boolean painTypesChanged = entry.painTypesDifferFrom(screening);
            entry.update(screening);
            if (painTypesChanged) {
                plans.recheckRunningPlan(screening.patientId(), screening.screeningId(), entry.painTypes);
            }
        } else {
            LOG.debugf("screening %s is older than the one on the worklist: only its red flags count",
                    screening.screeningId());
        }
    }

    /** A red flag reported at a check-in: a report of its own, which an emergency makes pause the plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void redFlagReported(RedFlagReported reported) {
        redFlags.report(reported.reportId(), reported.patientId(), RedFlagSource.CHECK_IN, reported.redFlags(),
                reported.occurredAt());
    }

    /** Open alerts rank the patient on the worklist until the therapist resolves them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertRaised(AlertRaised alert) {
        if (openAlerts.findByIdOptional(alert.alertId()).isEmpty()) {
            openAlerts.persist(new OpenAlert(alert.alertId(), alert.patientId(), alert.alertType(), alert.occurredAt()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void alertResolved(AlertResolved resolved) {
        openAlerts.deleteById(resolved.alertId());
    }
}
