package org.telerehab.engagement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.engagement.config.EngagementConfig;
import org.telerehab.engagement.domain.Reminder;
import org.telerehab.engagement.domain.ReminderPlanner;
import org.telerehab.engagement.repository.PatientRhythmRepository;
import org.telerehab.engagement.repository.PatientRhythmRepository.ToPlan;
import org.telerehab.engagement.repository.ReminderRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plans the patients' reminders ahead ({@link ReminderPlanner}) as PENDING rows, a batch of patients per
 * transaction, {@code planning-workers} batches at a time. Safe on every replica at once: a patient being planned is
 * locked and skipped by the others (and by this replica's other workers), and a slot is one row however often it is
 * planned.
 */
@ApplicationScoped
public class ReminderPlanning {

    private final PatientRhythmRepository rhythms;
    private final ReminderRepository reminders;
    private final EngagementConfig config;
    private final ExecutorService helpers;

    ReminderPlanning(PatientRhythmRepository rhythms, ReminderRepository reminders, EngagementConfig config) {
        this.rhythms = rhythms;
        this.reminders = reminders;
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.helpers = config.planningWorkers() > 1 ? Executors.newFixedThreadPool(config.planningWorkers() - 1, r -> {
            Thread thread = new Thread(r, "reminder-planning-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    @PreDestroy
    void stop() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    /**
     * Plans every patient whose reminders are not planned far enough ahead of {@code now}; how many were planned.
     * Each worker takes batches until one comes back short: then no patient is left that no worker holds.
     */
    public int planDue(Instant now) {
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        for (int w = 1; w < config.planningWorkers(); w++) {
            others.add(CompletableFuture.supplyAsync(() -> planBatches(now), helpers));
        }
        int planned = planBatches(now);
        RuntimeException failure = null;
        for (CompletableFuture<Integer> other : others) {
            try {
                planned += other.join();
            } catch (CompletionException failed) {
                // what the failed worker held was rolled back: the next turn plans it
                failure = failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return planned;
    }

    private int planBatches(Instant now) {
        int planned = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> planBatch(now));
            planned += batch;
        } while (batch == config.batchSize());
        return planned;
    }

    private int planBatch(Instant now) {
        Instant until = now.plus(config.planAhead());
        List<ToPlan> due = rhythms.claimToPlan(now.plus(config.replanWithin()), until, config.batchSize());
        Map<UUID, List<Reminder>> planned = new HashMap<>();
        for (ToPlan patient : due) {
            // planned again after a change: from a little before now, so that a reminder due a moment ago (whose
            // row the change forgot) is still sent if it is still useful
            Instant from = patient.plannedUntilBefore() != null ? patient.plannedUntilBefore()
                    : now.minus(config.lateMicroBreak());
            planned.put(patient.rhythm().patientId, ReminderPlanner.planBetween(
                    patient.rhythm().schedule(patient.preferences()), from, until, config.quietHours()));
        }
        reminders.addPending(planned);
        return due.size();
    }
}
