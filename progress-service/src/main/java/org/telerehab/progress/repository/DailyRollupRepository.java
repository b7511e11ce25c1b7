package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.progress.domain.DailyRollup;
import org.telerehab.progress.domain.DailyRollupRow;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class DailyRollupRepository implements PanacheRepositoryBase<DailyRollupRow, DailyRollupRow.Key> {

    /**
     * Adds a log's contribution ({@link DailyRollup#ofSession}, {@link DailyRollup#ofCheckIn}) to its day, with the
     * arithmetic of {@link DailyRollup#plus}, in one atomic upsert (safe under concurrent logs for one patient).
     */
    public void addToDay(UUID patientId, DailyRollup contribution) {
        getEntityManager().createNativeQuery("INSERT INTO daily_rollup AS r (patient_id, day, sessions, pain_sum,"
                        + " pain_readings, max_perceived_intensity) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " ON CONFLICT (patient_id, day) DO UPDATE SET sessions = r.sessions + EXCLUDED.sessions,"
                        + " pain_sum = r.pain_sum + EXCLUDED.pain_sum,"
                        + " pain_readings = r.pain_readings + EXCLUDED.pain_readings,"
                        + " max_perceived_intensity = GREATEST(r.max_perceived_intensity, EXCLUDED.max_perceived_intensity)")
                .setParameter(1, patientId).setParameter(2, Date.valueOf(contribution.day()))
                .setParameter(3, contribution.sessions()).setParameter(4, contribution.painSum())
                .setParameter(5, contribution.painReadings()).setParameter(6, contribution.maxPerceivedIntensity())
                .executeUpdate();
    }

    /**
     * The rollups of [from, to] for these patients: at most 28 rows each for the progress figures, a row per day of
     * the episode for its outcomes.
     */
    public Map<UUID, List<DailyRollup>> between(Collection<UUID> patientIds, LocalDate from, LocalDate to) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        // the values, not managed entities: a year's outcomes read 366 rows that nothing changes, and managed rows
        // would each be snapshotted and dirty-checked when the read's audit record is flushed
        return getEntityManager().createQuery("select r.patientId, r.day, r.sessions, r.painSum, r.painReadings,"
                        + " r.maxPerceivedIntensity from DailyRollupRow r"
                        + " where r.patientId in ?1 and r.day between ?2 and ?3", Object[].class)
                .setParameter(1, patientIds).setParameter(2, from).setParameter(3, to)
                .getResultStream()
                .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> new DailyRollup(
                        (LocalDate) r[1], (int) r[2], (int) r[3], (int) r[4], (int) r[5]), Collectors.toList())));
    }
}
