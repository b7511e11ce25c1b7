package org.telerehab.progress.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.events.codes.AlertType;
import org.telerehab.progress.domain.AlertDetail;
import org.telerehab.progress.domain.AlertRules;
import org.telerehab.progress.domain.DailyRollup;
import org.telerehab.progress.domain.EngagementFacts;
import org.telerehab.progress.domain.ProgressFigures;
import org.telerehab.progress.domain.ReadinessFacts;
import org.telerehab.progress.domain.PatientProgress;
import org.telerehab.progress.repository.PatientProgressRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Alerts that come from the passing of time rather than from a log: DISENGAGED and READY_TO_PROGRESS. Safe to run
 * on every replica at once: an alert of a type opens at most once per patient while one is open (a unique index
 * decides, in AlertService.raise).
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
        int raised = runFor(LocalDate.now(clock));
        if (raised > 0) {
            LOG.infof("scheduled checks raised %d alerts", raised);
        }
    }

    /** @return how many alerts were raised for this day */
    @Transactional
    public int runFor(LocalDate today) {
        List<UUID> candidates = rows.activePlansStartedBy(today.minusDays(AlertRules.DISENGAGED_AFTER_DAYS));
        int raised = 0;
        for (List<UUID> chunk : chunks(candidates, 500)) {
            for (ProgressService.PatientView p : progress.compute(chunk, today)) {
                PatientProgress s = p.summary();
                LocalDate lastSessionDay = s.lastSessionAt == null ? null : DailyRollup.dayOf(s.lastSessionAt);
                EngagementFacts engagement = new EngagementFacts(today, s.planStartDate, lastSessionDay);
                if (AlertRules.isDisengaged(engagement)
                        && alerts.raise(p.patientId(), AlertType.DISENGAGED, AlertDetail.disengaged(engagement), List.of())) {
                    raised++;
                }
                ProgressFigures figures = p.figures();
                ReadinessFacts readiness = ReadinessFacts.of(today, s.planStartDate, figures, s.lastFlareDay);
                if (AlertRules.isReadyToProgress(readiness) && alerts.raise(p.patientId(),
                        AlertType.READY_TO_PROGRESS, AlertDetail.readyToProgress(readiness), List.of())) {
                    raised++;
                }
            }
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
