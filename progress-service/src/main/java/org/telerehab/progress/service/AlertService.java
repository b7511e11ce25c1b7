package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.progress.domain.AlertDetail;
import org.telerehab.progress.domain.Alert;
import org.telerehab.progress.repository.AlertRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens alerts once per episode and announces them; the caring therapist resolves them. */
@ApplicationScoped
public class AlertService {

    private static final List<AlertType> RED_FLAG_ALERTS = List.of(AlertType.RED_FLAG_SYMPTOM,
            AlertType.REVIEW_FLAG_SYMPTOM);

    private final AlertRepository alerts;
    private final EventOutbox outbox;
    private final PatientAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    AlertService(AlertRepository alerts, EventOutbox outbox, PatientAccess access, AuditTrail audit, Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return true when a new alert was opened (none of the type was open) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raise(UUID patientId, AlertType type, String detail, List<RedFlag> redFlags) {
        UUID alertId = UUID.randomUUID();
        Instant now = clock.instant();
        if (!alerts.open(alertId, patientId, type, now, detail)) {
            return false;
        }
        outbox.publish(new AlertRaised(UUID.randomUUID(), now, patientId, alertId, type, List.copyOf(redFlags)));
        return true;
    }

    /** A re-screen made the running plan raise safety warnings nobody acknowledged: the therapist reviews it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void safetyReviewRequired(SafetyReviewRequired review) {
        raise(review.patientId(), AlertType.SAFETY_REVIEW, AlertDetail.safetyReview(review.warnings().stream()
                .map(w -> w.code() + " for exercise " + w.exerciseId()).toList()), List.of());
    }

    /**
     * A clearance is the clinician acting on every red flag reported so far: the red-flag alerts raised up to it are
     * resolved, so the next red flag opens a new alert (and is not hidden behind one nobody would resolve).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void clearanceRecorded(ClearanceRecorded clearance) {
        for (Alert alert : alerts.resolveOpen(clearance.patientId(), RED_FLAG_ALERTS, clearance.occurredAt(),
                clearance.therapistId(), clock.instant())) {
            outbox.publish(new AlertResolved(UUID.randomUUID(), clock.instant(), alert.patientId, alert.id, alert.type,
                    clearance.therapistId()));
        }
    }

    /** The caring therapist resolves an alert; resolving twice changes nothing. */
    @Transactional
    public Alert resolve(UUID alertId, UUID therapistId) {
        Alert alert = alerts.findByIdOptional(alertId).orElseThrow(() -> ProblemException.notFound("Alert"));
        access.checkIsCaringTherapist(alert.patientId);
        if (alerts.resolve(alertId, therapistId, clock.instant())) {
            outbox.publish(new AlertResolved(UUID.randomUUID(), clock.instant(), alert.patientId, alertId,
                    alert.type, therapistId));
            audit.record("RESOLVE", "Alert", alertId, alert.patientId);
        }
        return alert;
    }

    /** The open alerts of these patients, oldest first (for progress reads). */
    public Map<UUID, List<Alert>> openOf(Collection<UUID> patientIds) {
        return alerts.openOf(patientIds);
    }
}
