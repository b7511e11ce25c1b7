package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.OpenAlert;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;

import java.util.UUID;

/** The open alerts of progress-service, as its events tell them; what the therapists' daily digest counts. */
@ApplicationScoped
public class OpenAlertRepository implements PanacheRepositoryBase<OpenAlert, UUID> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AlertRaised raised) {
        getEntityManager().createNativeQuery("INSERT INTO open_alert (alert_id, patient_id, alert_type, raised_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (alert_id) DO NOTHING")
                .setParameter(1, raised.alertId()).setParameter(2, raised.patientId())
                .setParameter(3, raised.alertType().name()).setParameter(4, raised.occurredAt()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AlertResolved resolved) {
        deleteById(resolved.alertId());
    }

    /** Whether a patient in the therapist's care has an open alert. */
    public boolean anyFor(UUID therapistId) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM open_alert a JOIN care_relation c"
                + " ON c.patient_id = a.patient_id WHERE c.therapist_id = ?1 LIMIT 1").setParameter(1, therapistId)
                .getResultList().isEmpty();
    }
}
