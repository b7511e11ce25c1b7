package org.telerehab.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.intake.domain.ActivePlan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What intake learns of a patient's episode from program-service: their discharges (an episode ends at one) and their
 * current plan (when re-assessments are due); and from registry-service their time zone (whose days those are). Each
 * write is one statement, safe to repeat.
 */
@ApplicationScoped
public class EpisodeRepository implements PanacheRepositoryBase<ActivePlan, UUID> {

    public void addDischarge(UUID patientId, Instant dischargedAt) {
        getEntityManager().createNativeQuery("INSERT INTO discharge (patient_id, discharged_at) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, patientId).setParameter(2, Timestamp.from(dischargedAt)).executeUpdate();
    }

    public List<Instant> dischargesOf(UUID patientId) {
        return getEntityManager()
                .createNativeQuery("SELECT discharged_at FROM discharge WHERE patient_id = ?1", Instant.class)
                .setParameter(1, patientId).getResultList();
    }

    /** A newer plan version replaces the current one; an older one arriving late is ignored. */
    public void recordPlan(PlanAssigned plan, List<Integer> weeks) {
        getEntityManager().createNativeQuery("INSERT INTO active_plan AS p (patient_id, plan_id, version, start_date,"
                        + " reassessment_weeks) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb))"
                        + " ON CONFLICT (patient_id) DO UPDATE SET"
                        + " plan_id = EXCLUDED.plan_id, version = EXCLUDED.version, start_date = EXCLUDED.start_date,"
                        + " reassessment_weeks = EXCLUDED.reassessment_weeks WHERE p.version < EXCLUDED.version")
                .setParameter(1, plan.patientId()).setParameter(2, plan.planId()).setParameter(3, plan.version())
                .setParameter(4, Date.valueOf(plan.startDate())).setParameter(5, weeks.toString())
                .executeUpdate();
    }

    /** The discharge completed this plan: nothing more is due on it. */
    public void endPlan(UUID patientId, UUID planId) {
        getEntityManager().createNativeQuery("DELETE FROM active_plan WHERE patient_id = ?1 AND plan_id = ?2")
                .setParameter(1, patientId).setParameter(2, planId).executeUpdate();
    }

    /** The patient's time zone as registry-service last announced it (one row per patient, the latest wins). */
    public void recordTimeZone(UUID patientId, String timeZone) {
        getEntityManager().createNativeQuery("INSERT INTO patient_time_zone (patient_id, time_zone) VALUES (?1, ?2)"
                        + " ON CONFLICT (patient_id) DO UPDATE SET time_zone = EXCLUDED.time_zone")
                .setParameter(1, patientId).setParameter(2, timeZone).executeUpdate();
    }

    /** The patient's own days: in their time zone, UTC while intake does not know it. */
    public PatientDays daysOf(UUID patientId) {
        List<?> zone = getEntityManager()
                .createNativeQuery("SELECT time_zone FROM patient_time_zone WHERE patient_id = ?1", String.class)
                .setParameter(1, patientId).getResultList();
        return zone.isEmpty() ? PatientDays.UTC : PatientDays.of((String) zone.get(0));
    }

    public Optional<ActivePlan> planOf(UUID patientId) {
        return findByIdOptional(patientId);
    }
}
