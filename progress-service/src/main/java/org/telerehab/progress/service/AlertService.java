package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.progress.domain.AlertDetail;
import org.telerehab.progress.repository.ProgressStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Opens alerts once per episode and announces them; the caring therapist resolves them. */
@ApplicationScoped
public class AlertService {

    private final ProgressStore store;
    private final EventOutbox outbox;
    private final PatientAccess access;
    private final Clock clock;

    AlertService(ProgressStore store, EventOutbox outbox, PatientAccess access, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /** @return true when a new alert was opened (none of the type was open) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raise(UUID patientId, AlertType type, String detail, List<RedFlag> redFlags) {
        UUID alertId = UUID.randomUUID();
        Instant now = clock.instant();
        if (!store.openAlert(alertId, patientId, type, now, detail)) {
            return false;
        }
        outbox.publish(new AlertRaised(UUID.randomUUID(), now, patientId, alertId, type, List.copyOf(redFlags)));
        return true;
    }

    /** A re-screen made the running plan raise safety warnings nobody acknowledged: the therapist reviews it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void safetyReviewRequired(SafetyReviewRequired review) {
        raise(review.patientId(), AlertType.SAFETY_REVIEW, AlertDetail.safetyReview(review.warnings().stream()
                .map(w -> w.code() + " for exercise " + w.exerciseId()).toList()), List.of());
    }

    @Transactional
    public ProgressStore.OpenAlert resolve(UUID alertId, UUID therapistId) {
        ProgressStore.OpenAlert alert = store.alert(alertId).orElseThrow(() -> ProblemException.notFound("Alert"));
        access.checkIsCaringTherapist(alert.patientId());
        if (store.resolveAlert(alertId, therapistId, clock.instant())) {
            outbox.publish(new AlertResolved(UUID.randomUUID(), clock.instant(), alert.patientId(), alertId,
                    alert.type(), therapistId));
        }
        return alert;
    }
}
