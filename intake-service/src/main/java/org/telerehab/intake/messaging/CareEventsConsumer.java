package org.telerehab.intake.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.intake.service.CareService;
import org.telerehab.kit.messaging.ChannelHandlers;
import org.telerehab.kit.messaging.IdempotentConsumer;

import java.util.Map;
import java.util.function.Consumer;

/** Keeps intake's copy of who cares for whom, of each patient's discharges and current plan, and of their time zone. */
@ApplicationScoped
public class CareEventsConsumer implements ChannelHandlers {

    static final String CONSUMER = "intake.care-relations";

    private final IdempotentConsumer consumer;
    private final CareService care;

    CareEventsConsumer(IdempotentConsumer consumer, CareService care) {
        this.consumer = consumer;
        this.care = care;
    }

    @Incoming("program-care")
    @Blocking
    public void onCareEvent(String payload) {
        consumer.handle(CONSUMER, payload, event -> {
            if (event instanceof PatientTakenIntoCare taken) {
                care.careTaken(taken);
            } else if (event instanceof PatientReleased released) {
                care.careReleased(released);
            } else if (event instanceof PlanAssigned plan) {
                care.planAssigned(plan);
            } else if (event instanceof PatientDischarged discharged) {
                care.discharged(discharged);
            }
        });
    }

    /** The patients' time zones from registry-service: a re-assessment falls due on the patient's own day. */
    @Incoming("registry-patients")
    @Blocking
    public void onRegistryEvent(String payload) {
        consumer.handle("intake.time-zones", payload, event -> {
            if (event instanceof PatientEnrolled enrolled) {
                care.timeZoneKnown(enrolled.patientId(), enrolled.timeZone());
            } else if (event instanceof PatientPreferencesChanged changed) {
                care.timeZoneKnown(changed.patientId(), changed.timeZone());
            }
        });
    }

    @Override
    public Map<String, Consumer<String>> byChannel() {
        return Map.of("program-care", this::onCareEvent, "registry-patients", this::onRegistryEvent);
    }
}
