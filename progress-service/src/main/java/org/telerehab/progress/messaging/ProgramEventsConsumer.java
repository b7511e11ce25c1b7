package org.telerehab.progress.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.kit.care.CareDirectory;
import org.telerehab.kit.messaging.IdempotentConsumer;
import org.telerehab.progress.repository.ProgressStore;
import org.telerehab.progress.service.AlertService;

import java.util.stream.Collectors;

/** What progress needs from the other services: care, the active plan, safety reviews, and the baseline pain. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CareDirectory care;
    private final ProgressStore store;
    private final AlertService alerts;

    ProgramEventsConsumer(IdempotentConsumer consumer, CareDirectory care, ProgressStore store, AlertService alerts) {
        this.consumer = consumer;
        this.care = care;
        this.store = store;
        this.alerts = alerts;
    }

    @Incoming("program-care")
    @Blocking
    public void onProgramEvent(String payload) {
        consumer.handle("progress.program-care", payload, event -> {
            if (event instanceof PatientTakenIntoCare taken) {
                care.apply(taken);
            } else if (event instanceof PlanAssigned plan) {
                String exerciseIds = plan.items().stream().map(i -> "\"" + i.exerciseId() + "\"")
                        .distinct().collect(Collectors.joining(",", "[", "]"));
                store.recordPlan(plan.patientId(), plan.planId(), plan.version(), plan.startDate(),
                        plan.sessionsPerWeek(), exerciseIds);
            } else if (event instanceof PlanPaused paused) {
                store.pausePlan(paused.patientId(), paused.planId());
            } else if (event instanceof SafetyReviewRequired review) {
                alerts.safetyReviewRequired(review);
            }
        });
    }

    @Incoming("intake-screenings")
    @Blocking
    public void onScreening(String payload) {
        consumer.handle("progress.screenings", payload, event -> {
            if (event instanceof ScreeningCompleted screening) {
                store.recordBaseline(screening.patientId(), screening.baselinePain(), screening.occurredAt());
            }
        });
    }
}
