package org.telerehab.engagement.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.telerehab.engagement.config.EngagementConfig;
import org.telerehab.engagement.domain.Message;

import java.time.Duration;
import java.util.UUID;

/**
 * The live streams of the threads, within this instance: a message is handed to the streams of its thread once the
 * transaction that wrote it has committed. With several replicas a stream sees only the messages written through
 * its own replica; the portal re-reads the thread whenever its stream (re)connects, so nothing is lost, only late.
 */
@ApplicationScoped
public class MessageStreams {

    /** A message committed in a patient's thread, and the therapist caring for the patient when it was written. */
    public record Written(Message message, UUID carer) {
    }

    private final BroadcastProcessor<Written> written = BroadcastProcessor.create();
    private final Duration maxAge;

    MessageStreams(EngagementConfig config) {
        this.maxAge = config.messageStreamMaxAge();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written message) {
        synchronized (written) {
            written.onNext(message);
        }
    }

    /**
     * The messages written in the patient's thread from now on, for at most the configured age. For a therapist
     * ({@code therapist} not null) the stream ends at the first message written while another therapist cares for
     * the patient: after a transfer of care the former therapist sees no new message.
     */
    public Multi<Message> of(UUID patientId, UUID therapist) {
        return written.select().where(w -> w.message().patientId.equals(patientId))
                .select().first(w -> therapist == null || therapist.equals(w.carer()))
                .map(Written::message)
                .select().first(maxAge);
    }
}
