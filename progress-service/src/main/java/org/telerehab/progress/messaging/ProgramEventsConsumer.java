package org.telerehab.progress.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.kit.messaging.ChannelHandlers;
import org.telerehab.kit.messaging.IdempotentConsumer;
import org.telerehab.progress.service.ProjectionService;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What progress needs from the other services: care, the active plan, clearances, safety reviews and discharges
 * (program-service), the screenings and re-assessments (intake-service), and the patients' time zones
 * (registry-service).
 */
@ApplicationScoped
public class ProgramEventsConsumer implements ChannelHandlers {

    private final IdempotentConsumer consumer;
    private final ProjectionService projections;

    ProgramEventsConsumer(IdempotentConsumer consumer, ProjectionService projections) {
        this.consumer = consumer;
        this.projections = projections;
    }

    @Incoming("program-care")
    @Blocking
    public void onProgramEvent(String payload) {
        consumer.handle("progress.program-care", payload, event -> {
            if (event instanceof PatientTakenIntoCare taken) {
                projections.careTaken(taken);
            } else if (event instanceof PatientReleased released) {
                projections.careReleased(released);
            } else if (event instanceof PlanAssigned plan) {
                projections.planAssigned(plan);
            } else if (event instanceof PlanPaused paused) {
                projections.planPaused(paused);
            } else if (event instanceof PatientDischarged discharged) {
                projections.discharged(discharged);
            } else if (event instanceof SafetyReviewRequired review) {
                projections.safetyReviewRequired(review);
            } else if (event instanceof ClearanceRecorded clearance) {
                projections.clearanceRecorded(clearance);
            }
        });
    }

    @Incoming("intake-screenings")
    @Blocking
    public void onScreening(String payload) {
        consumer.handle("progress.screenings", payload, event -> {
            if (event instanceof ScreeningCompleted screening) {
                projections.screeningCompleted(screening);
            } else if (event instanceof ReassessmentCompleted reassessment) {
                projections.reassessmentCompleted(reassessment);
            }
        });
    }

    @Incoming("registry-patients")
    @Blocking
    public void onRegistryEvent(String payload) {
        consumer.handle("progress.time-zones", payload, event -> {
            if (event instanceof PatientEnrolled enrolled) {
                projections.timeZoneKnown(enrolled.patientId(), enrolled.timeZone());
            } else if (event instanceof PatientPreferencesChanged changed) {
                projections.timeZoneKnown(changed.patientId(), changed.timeZone());
            }
        });
    }

    @Override
    public Map<String, Consumer<String>> byChannel() {
        return Map.of("program-care", this::onProgramEvent, "intake-screenings", this::onScreening,
                "registry-patients", this::onRegistryEvent);
    }
}
