package org.telerehab.progress.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.events.codes.AlertType;
import org.telerehab.progress.domain.AlertDetail;
import org.telerehab.progress.domain.AlertRules;
import org.telerehab.progress.domain.EngagementFacts;
import org.telerehab.progress.domain.ReadinessFacts;
import org.telerehab.progress.domain.PatientProgress;
import org.telerehab.progress.repository.PatientProgressRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Alerts that come from the passing of time rather than from a log: DISENGAGED, READY_TO_PROGRESS and NOT_IMPROVING,
 * each decided on the patient's own day. Safe to run on every replica at once: an alert of a type opens at most once
 * per patient while one is open (a unique index decides, in AlertService.raise).
 */
@ApplicationScoped
public class ScheduledChecks {

    private static final Logger LOG = Logger.getLogger(ScheduledChecks.class);

    private final PatientProgressRepository rows;
    private final ProgressService progress;
    private final AlertService alerts;
    private final Clock clock;

    ScheduledChecks(PatientProgressRepository rows, ProgressService progress, AlertService alerts, Clock clock) {
        this.rows = rows;
        this.progress = progress;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(every = "${telerehab.progress.check-every}", delayed = "${telerehab.progress.check-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long started = System.nanoTime();
        int raised = runAt(clock.instant());
        // every run, so that operators (and the benchmark) see that it ran and what it cost
        LOG.infof("scheduled checks raised %d alerts in %d ms", raised, (System.nanoTime() - started) / 1_000_000);
    }

    /** @return how many alerts were raised at this instant, each patient judged on their own day */
    @Transactional
    public int runAt(Instant now) {
        // no zone is more than one day ahead of UTC: a plan started by then is a candidate somewhere
        LocalDate latestToday = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        List<UUID> candidates = rows.activePlansStartedBy(latestToday.minusDays(AlertRules.DISENGAGED_AFTER_DAYS));
        int raised = 0;
        for (List<UUID> chunk : chunks(candidates, 500)) {
            for (ProgressService.PatientView p : progress.compute(chunk, now)) {
                raised += check(p);
            }
        }
        return raised;
    }

    private int check(ProgressService.PatientView p) {
        PatientProgress s = p.summary();
        if (!s.hasActivePlan() || s.planStartDate == null || s.sessionsPerWeek == null) {
            return 0;
        }
        int raised = 0;
        LocalDate lastSessionDay = s.lastSessionAt == null ? null : s.days().dayOf(s.lastSessionAt);
        EngagementFacts engagement = new EngagementFacts(p.today(), s.planStartDate, s.sessionsPerWeek, lastSessionDay);
        if (AlertRules.isDisengaged(engagement)
                && alerts.raise(p.patientId(), AlertType.DISENGAGED, AlertDetail.disengaged(engagement), List.of())) {
            raised++;
        }
        ReadinessFacts trend = ReadinessFacts.of(p.today(), s.planStartDate, p.figures(), s.lastFlareDay);
        if (AlertRules.isReadyToProgress(trend) && alerts.raise(p.patientId(),
                AlertType.READY_TO_PROGRESS, AlertDetail.readyToProgress(trend), List.of())) {
            raised++;
        }
        if (AlertRules.isNotImproving(trend) && alerts.raise(p.patientId(),
                AlertType.NOT_IMPROVING, AlertDetail.notImproving(trend), List.of())) {
            raised++;
        }
        return raised;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
