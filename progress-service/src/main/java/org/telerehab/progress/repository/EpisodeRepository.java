package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.progress.domain.ClinicSummary;
import org.telerehab.progress.domain.Episode;
import org.telerehab.progress.domain.Reassessment;
import org.telerehab.progress.domain.Screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The screenings and discharges each patient's episodes are decided from ({@link Episode}). */
@ApplicationScoped
public class EpisodeRepository implements PanacheRepositoryBase<Screening, UUID> {

    /** Kept once, however often the event is delivered. */
    public void addScreening(Screening screening) {
        getEntityManager().createNativeQuery("INSERT INTO screening (screening_id, patient_id, screened_at, pain,"
                        + " odi_percent, risk, start_back_total, pain_types, start_back_psychosocial)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, screening.screeningId).setParameter(2, screening.patientId)
                .setParameter(3, Timestamp.from(screening.screenedAt)).setParameter(4, screening.pain)
                .setParameter(5, screening.odiPercent)
                .setParameter(6, screening.risk == null ? null : screening.risk.name())
                .setParameter(7, screening.startBackTotal)
                .setParameter(8, screening.painTypes.stream().map(r -> "\"" + r.name() + "\"")
                        .collect(Collectors.joining(",", "[", "]")))
                .setParameter(9, screening.startBackPsychosocial)
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
                        + " odi_points, pain_mcid, odi_mcid, start_back_psychosocial)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, r.reassessmentId()).setParameter(2, r.patientId())
                .setParameter(3, Timestamp.from(r.occurredAt())).setParameter(4, r.baselineScreeningId())
                .setParameter(5, r.painAverageWeek()).setParameter(6, r.odiPercent())
                .setParameter(7, r.startBackTotal()).setParameter(8, r.risk().name())
                .setParameter(9, r.painPoints()).setParameter(10, r.odiPoints())
                .setParameter(11, r.painMcid()).setParameter(12, r.odiMcid())
                .setParameter(13, r.startBackPsychosocial())
                .executeUpdate();
    }

    /** The re-assessments of the episode, oldest first. */
    public List<Reassessment> reassessmentsOf(UUID patientId, Episode episode) {
        return getEntityManager().createQuery("FROM Reassessment WHERE patientId = ?1 ORDER BY submittedAt",
                        Reassessment.class).setParameter(1, patientId).getResultStream()
                .filter(r -> r.belongsTo(episode)).toList();
    }

    /** Every patient screened (the clinic's episodes are theirs). */
    public List<UUID> screenedPatients() {
        return getEntityManager().createQuery("SELECT DISTINCT s.patientId FROM Screening s", UUID.class)
                .getResultList();
    }

    /** Every episode of these patients with its baseline screening and re-assessments, in three queries. */
    public List<ClinicSummary.EpisodeOutcome> episodesOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Screening>> screenings = list("patientId in ?1", patientIds).stream()
                .collect(Collectors.groupingBy(s -> s.patientId));
        Map<UUID, List<Instant>> discharges = new HashMap<>();
        for (Object result : getEntityManager().createNativeQuery("SELECT patient_id, discharged_at FROM discharge"
                        + " WHERE patient_id = ANY(?1)")
                .setParameter(1, patientIds.toArray(UUID[]::new)).getResultList()) {
            Object[] row = (Object[]) result;
            discharges.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Instant) row[1]);
        }
        Map<UUID, List<Reassessment>> reassessments = getEntityManager()
                .createQuery("FROM Reassessment WHERE patientId IN ?1", Reassessment.class)
                .setParameter(1, patientIds).getResultStream().collect(Collectors.groupingBy(r -> r.patientId));
        List<ClinicSummary.EpisodeOutcome> outcomes = new ArrayList<>();
        screenings.forEach((patient, own) -> {
            for (Episode episode : Episode.all(own, discharges.getOrDefault(patient, List.of()))) {
                outcomes.add(new ClinicSummary.EpisodeOutcome(episode.baseline(), episode.dischargedAt(),
                        reassessments.getOrDefault(patient, List.of()).stream().filter(r -> r.belongsTo(episode))
                                .toList()));
            }
        });
        return outcomes;
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
