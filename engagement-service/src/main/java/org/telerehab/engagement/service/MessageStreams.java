package org.telerehab.engagement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.engagement.config.EngagementConfig;
import org.telerehab.engagement.domain.Message;
import org.telerehab.engagement.repository.MessageChannel;
import org.telerehab.engagement.repository.MessageRepository;

import java.time.Duration;
import java.util.UUID;

/**
 * The live streams of the threads open on this replica: a message written through any replica is handed to the
 * streams of its thread once the transaction that wrote it has committed ({@link MessageChannel}, PostgreSQL's
 * NOTIFY). The portal also re-reads the thread whenever its stream (re)connects, so a message missed while a replica
 * was not listening is late, not lost.
 */
@ApplicationScoped
public class MessageStreams {

    /** A message committed in a patient's thread, and the therapist caring for the patient when it was written. */
    public record Written(Message message, UUID carer) {
    }

    private final BroadcastProcessor<Written> written = BroadcastProcessor.create();
    private final MessageRepository messages;
    private final Duration maxAge;

    MessageStreams(EngagementConfig config, MessageChannel channel, MessageRepository messages) {
        this.maxAge = config.messageStreamMaxAge();
        this.messages = messages;
        channel.onAnnounced(this::committed);
    }

    /** A message committed through some replica: read once here and handed to this replica's streams of its thread. */
    void committed(UUID messageId, UUID carer) {
        Message message = QuarkusTransaction.requiringNew().call(() -> messages.findById(messageId));
        if (message != null) {
            synchronized (written) {
                written.onNext(new Written(message, carer));
            }
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
