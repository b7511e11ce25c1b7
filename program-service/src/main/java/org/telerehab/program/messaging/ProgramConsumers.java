package org.telerehab.program.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.TherapistDisabled;
import org.telerehab.kit.messaging.ChannelHandlers;
import org.telerehab.kit.messaging.IdempotentConsumer;
import org.telerehab.program.service.CareService;
import org.telerehab.program.service.TriageService;

import java.util.Map;
import java.util.function.Consumer;

/**
 * intake's screenings and progress' alerts and red-flag reports feed the triage worklist; registry's enrolments give
 * an inviting therapist their patient's care, and its account closures release a departing therapist's patients.
 * Each event applied exactly once.
 */
@ApplicationScoped
public class ProgramConsumers implements ChannelHandlers {

    private final IdempotentConsumer consumer;
    private final TriageService triage;
    private final CareService care;

    ProgramConsumers(IdempotentConsumer consumer, TriageService triage, CareService care) {
        this.consumer = consumer;
        this.triage = triage;
        this.care = care;
    }

    @Incoming("intake-screenings")
    @Blocking
    public void onScreening(String payload) {
        consumer.handle("program.screenings", payload, event -> {
            if (event instanceof ScreeningCompleted screening) {
                triage.screeningCompleted(screening);
            }
        });
    }

    @Incoming("progress-alerts")
    @Blocking
    public void onAlert(String payload) {
        consumer.handle("program.alerts", payload, event -> {
            if (event instanceof AlertRaised raised) {
                triage.alertRaised(raised);
            } else if (event instanceof AlertResolved resolved) {
                triage.alertResolved(resolved);
            } else if (event instanceof RedFlagReported reported) {
                triage.redFlagReported(reported);
            }
        });
    }

    @Incoming("registry-patients")
    @Blocking
    public void onEnrolment(String payload) {
        consumer.handle("program.enrolments", payload, event -> {
            if (event instanceof PatientEnrolled enrolled) {
                care.enrolled(enrolled);
            }
        });
    }

    @Incoming("registry-therapists")
    @Blocking
    public void onAccountClosure(String payload) {
        consumer.handle("program.account-closures", payload, event -> {
            if (event instanceof TherapistDisabled disabled) {
                care.therapistDisabled(disabled);
            }
        });
    }

    @Override
    public Map<String, Consumer<String>> byChannel() {
        return Map.of("intake-screenings", this::onScreening, "progress-alerts", this::onAlert,
                "registry-patients", this::onEnrolment, "registry-therapists", this::onAccountClosure);
    }
}
