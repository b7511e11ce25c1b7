package org.telerehab.progress.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.care.CareDirectory;
import org.telerehab.kit.messaging.IdempotentConsumer;

/** program.care.v1: who cares for whom (the caseload and access rules). */
@ApplicationScoped
public class ProgramEventsConsumer {

    static final String CONSUMER = "progress.program-care";

    private final IdempotentConsumer consumer;
    private final CareDirectory care;

    ProgramEventsConsumer(IdempotentConsumer consumer, CareDirectory care) {
        this.consumer = consumer;
        this.care = care;
    }

    @Incoming("program-care")
    @Blocking
    public void onProgramEvent(String payload) {
        consumer.handle(CONSUMER, payload, event -> {
            if (event instanceof PatientTakenIntoCare taken) {
                care.apply(taken);
            }
        });
    }
}
