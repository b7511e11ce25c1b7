package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.progress.domain.Episode;
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
                        + " odi_percent, risk) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, screening.screeningId).setParameter(2, screening.patientId)
                .setParameter(3, Timestamp.from(screening.screenedAt)).setParameter(4, screening.pain)
                .setParameter(5, screening.odiPercent)
                .setParameter(6, screening.risk == null ? null : screening.risk.name())
                .executeUpdate();
    }

    public void addDischarge(UUID patientId, Instant dischargedAt) {
        getEntityManager().createNativeQuery("INSERT INTO discharge (patient_id, discharged_at) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, patientId).setParameter(2, Timestamp.from(dischargedAt)).executeUpdate();
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
