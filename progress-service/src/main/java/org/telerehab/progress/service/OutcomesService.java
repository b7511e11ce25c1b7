package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.progress.domain.Alert;
import org.telerehab.progress.domain.DailyPain;
import org.telerehab.progress.domain.DailyRollup;
import org.telerehab.progress.domain.Episode;
import org.telerehab.progress.domain.PatientProgress;
import org.telerehab.progress.domain.PracticeWeek;
import org.telerehab.progress.domain.Reassessment;
import org.telerehab.progress.repository.AlertRepository;
import org.telerehab.progress.repository.DailyRollupRepository;
import org.telerehab.progress.repository.EpisodeRepository;
import org.telerehab.progress.repository.PatientProgressRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outcomes over an episode of care: its baseline, the daily pain series and the re-assessments; monitoring days. */
@ApplicationScoped
public class OutcomesService {

    /** The longest period monitoring days are counted for in one request (a year, leap day included). */
    public static final int MAX_MONITORING_PERIOD_DAYS = 366;
    /** The period counted when none is asked for: 30 days, a billing month. */
    public static final int DEFAULT_MONITORING_PERIOD_DAYS = 30;

    /**
     * The current episode's outcomes, with its practice week by week against the latest plan's sessions per week
     * (null before any plan) and the alerts raised during it; no episode (no screening yet): all empty.
     */
    public record Outcomes(Optional<Episode> episode, List<DailyPain> pain, List<Reassessment> reassessments,
                           List<PracticeWeek> practice, Integer sessionsPerWeek, List<Alert> alerts) {
    }

    /** The patient's days with at least one session or check-in in a period. */
    public record MonitoringDays(List<LocalDate> dates) {
    }

    private final EpisodeRepository episodes;
    private final DailyRollupRepository rollups;
    private final PatientProgressRepository progress;
    private final AlertRepository alerts;
    private final OutcomeObservationsMapper observations;
    private final PatientAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    OutcomesService(EpisodeRepository episodes, DailyRollupRepository rollups, PatientProgressRepository progress,
                    AlertRepository alerts, OutcomeObservationsMapper observations, PatientAccess access,
                    AuditTrail audit, Clock clock) {
        this.alerts = alerts;
        this.observations = observations;
        this.episodes = episodes;
        this.rollups = rollups;
        this.progress = progress;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcomes outcomesOf(UUID patientId) {
        access.checkCanRead(patientId, "Outcomes");
        Optional<Episode> current = episodes.currentOf(patientId);
        Outcomes outcomes = current.map(episode -> {
            PatientProgress patient = progress.progressOf(patientId);
            PatientDays days = patient.days();
            LocalDate from = days.dayOf(episode.baseline().screenedAt);
            LocalDate to = days.dayOf(episode.isOpen() ? clock.instant() : episode.dischargedAt());
            List<DailyRollup> daily = rollups.between(List.of(patientId), from, to).getOrDefault(patientId, List.of());
            return new Outcomes(current, DailyPain.seriesOf(daily), episodes.reassessmentsOf(patientId, episode),
                    PracticeWeek.seriesOf(daily, from, to), patient.sessionsPerWeek,
                    alerts.raisedBetween(patientId, episode.baseline().screenedAt, episode.dischargedAt()));
        }).orElse(new Outcomes(Optional.empty(), List.of(), List.of(), List.of(), null, List.of()));
        audit.read("Outcomes", patientId, patientId);
        return outcomes;
    }

    /** The current episode's outcomes as a FHIR Bundle of LOINC-coded Observations (OutcomeObservationsMapper). */
    @Transactional
    public org.hl7.fhir.r4.model.Bundle outcomeObservationsOf(UUID patientId) {
        access.checkCanRead(patientId, "OutcomeObservations");
        Optional<Episode> current = episodes.currentOf(patientId);
        var bundle = observations.toBundle(patientId, current.map(Episode::baseline).orElse(null),
                current.map(e -> episodes.reassessmentsOf(patientId, e)).orElse(List.of()));
        audit.read("OutcomeObservations", patientId, patientId);
        return bundle;
    }

    /**
     * Days of the patient's own with a session or check-in, from {@code from} to {@code to} inclusive; without
     * {@code to}, up to the patient's today; without {@code from}, the 30 days up to {@code to}.
     */
    @Transactional
    public MonitoringDays monitoringDaysOf(UUID patientId, LocalDate from, LocalDate to) {
        access.checkCanRead(patientId, "MonitoringDays");
        if (to == null) {
            to = progress.progressOf(patientId).days().dayOf(clock.instant());
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_MONITORING_PERIOD_DAYS - 1);
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_MONITORING_PERIOD_DAYS) {
            throw ProblemException.invalid("to", "must be within " + MAX_MONITORING_PERIOD_DAYS + " days of from");
        }
        List<LocalDate> dates = rollups.between(List.of(patientId), from, to).getOrDefault(patientId, List.of())
                .stream().filter(d -> d.sessions() > 0 || d.painReadings() > 0).map(DailyRollup::day).sorted()
                .toList();
        audit.read("MonitoringDays", patientId, patientId);
        return new MonitoringDays(dates);
    }
}
