package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.progress.domain.Episode;
import org.telerehab.progress.domain.Reassessment;
import org.telerehab.progress.domain.Screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The screenings and discharges each patient's episodes are decided from ({@link Episode}). */
@ApplicationScoped
public class EpisodeRepository implements PanacheRepositoryBase<Screening, UUID> {

    /** Kept once, however often the event is delivered. */
    public void addScreening(Screening screening) {
        getEntityManager().createNativeQuery("INSERT INTO screening (screening_id, patient_id, screened_at, pain,"
                        + " odi_percent, risk, start_back_total) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, screening.screeningId).setParameter(2, screening.patientId)
                .setParameter(3, Timestamp.from(screening.screenedAt)).setParameter(4, screening.pain)
                .setParameter(5, screening.odiPercent)
                .setParameter(6, screening.risk == null ? null : screening.risk.name())
                .setParameter(7, screening.startBackTotal)
                .executeUpdate();
    }

    public void addDischarge(UUID patientId, Instant dischargedAt) {
        getEntityManager().createNativeQuery("INSERT INTO discharge (patient_id, discharged_at) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, patientId).setParameter(2, Timestamp.from(dischargedAt)).executeUpdate();
    }

    /** Kept once, however often the event is delivered. */
    public void addReassessment(ReassessmentCompleted r) {
        getEntityManager().createNativeQuery("INSERT INTO reassessment (reassessment_id, patient_id, submitted_at,"
                        + " baseline_screening_id, pain_average_week, odi_percent, start_back_total, risk, pain_points,"
                        + " odi_points, pain_mcid, odi_mcid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, r.reassessmentId()).setParameter(2, r.patientId())
                .setParameter(3, Timestamp.from(r.occurredAt())).setParameter(4, r.baselineScreeningId())
                .setParameter(5, r.painAverageWeek()).setParameter(6, r.odiPercent())
                .setParameter(7, r.startBackTotal()).setParameter(8, r.risk().name())
                .setParameter(9, r.painPoints()).setParameter(10, r.odiPoints())
                .setParameter(11, r.painMcid()).setParameter(12, r.odiMcid())
                .executeUpdate();
    }

    /** The re-assessments of the episode, oldest first. */
    public List<Reassessment> reassessmentsOf(UUID patientId, Episode episode) {
        return getEntityManager().createQuery("FROM Reassessment WHERE patientId = ?1 ORDER BY submittedAt",
                        Reassessment.class).setParameter(1, patientId).getResultStream()
                .filter(r -> r.belongsTo(episode)).toList();
    }

    /** The patient's current episode, from their screenings and discharges (a handful each). */
    public Optional<Episode> currentOf(UUID patientId) {
        List<Screening> screenings = list("patientId", patientId);
        List<Instant> discharges = getEntityManager().createNativeQuery(
                        "SELECT discharged_at FROM discharge WHERE patient_id = ?1", Instant.class)
                .setParameter(1, patientId).getResultList();
        return Episode.current(screenings, discharges);
    }
}
