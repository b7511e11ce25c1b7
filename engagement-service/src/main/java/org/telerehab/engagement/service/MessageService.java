package org.telerehab.engagement.service;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.Message;
import org.telerehab.engagement.domain.MessageText;
import org.telerehab.engagement.domain.UnreadCount;
import org.telerehab.engagement.repository.CareRelationRepository;
import org.telerehab.engagement.repository.MessageChannel;
import org.telerehab.engagement.repository.MessageRepository;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The thread between a patient and the therapist caring for them: only those two write and read it (an admin does
 * not), every read is audited, and the text never leaves this service's database (no event carries it). Whoever cares
 * for the patient now reads the whole thread, including what was written with a former therapist.
 */
@ApplicationScoped
public class MessageService {

    /** The most one page lists. */
    public static final int PAGE = 50;
    /** The audit trail's name for a thread. */
    static final String THREAD = "MessageThread";

    private final MessageRepository messages;
    private final CareRelationRepository care;
    private final NotificationService notifications;
    private final MessageStreams streams;
    private final MessageChannel channel;
    private final PatientAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    MessageService(MessageRepository messages, CareRelationRepository care, NotificationService notifications,
                   MessageStreams streams, MessageChannel channel, PatientAccess access,
                   AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.messages = messages;
        this.care = care;
        this.notifications = notifications;
        this.streams = streams;
        this.channel = channel;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the thread, newest first; {@code next}: the cursor of the following page, null on the last. */
    public record Thread(List<Message> newest, long unread, UUID next) {
    }

    /**
     * The patient or their caring therapist writes; the other side is told (NEW_MESSAGE, in this transaction; nobody
     * when no therapist cares for the patient), and the thread's live streams on every replica get the message once
     * committed. A retry with the same {@code clientRequestId} (optional) is answered with the message stored the first
     * time, telling nobody again; the id used for another message is 409.
     */
    @Transactional
    public Message write(UUID patientId, String text, UUID clientRequestId) {
        access.checkCanRead(patientId, THREAD);
        MessageText.problem(text).ifPresent(problem -> {
            throw ProblemException.invalid("text", problem);
        });
        UUID author = currentUser.id();
        if (clientRequestId != null) {
            Optional<Message> sent = messages.byClientRequest(author, clientRequestId);
            if (sent.isPresent()) {
                if (!sent.get().sameAs(patientId, text)) {
                    throw ProblemException.conflict("client-request-id-reused",
                            "clientRequestId: already the id of another message of yours");
                }
                return sent.get();
            }
        }
        boolean byTherapist = currentUser.isTherapist();
        Message message = Message.of(patientId, author,
                byTherapist ? Message.AuthorRole.THERAPIST : Message.AuthorRole.PATIENT, text, clock.instant());
        message.clientRequestId = clientRequestId;
        messages.persist(message);
        UUID carer = care.carerOf(patientId).orElse(null);
        if (byTherapist) {
            notifications.notify(patientId, NotificationKind.NEW_MESSAGE, patientId);
        } else if (carer != null) {
            notifications.notify(carer, NotificationKind.NEW_MESSAGE, patientId);
        }
        audit.record("CREATE", "Message", message.id, patientId);
        channel.announce(message.id, carer);
        return message;
    }

    /**
     * A page of the thread, newest first, at most {@code limit} (up to {@value #PAGE}) messages older than the
     * message {@code before} (null: from the newest). {@code unread}: how many of the others' messages the caller had
     * not read before this read; reading the first page marks the thread read up to its newest message.
     */
    @Transactional
    public Thread read(UUID patientId, UUID before, Integer limit) {
        access.checkCanRead(patientId, THREAD);
        Message after = before == null ? null : messages.inThread(patientId, before).orElseThrow(() ->
                ProblemException.invalid("before", "not a message of this thread: pass the answer's next"));
        int size = limit == null ? PAGE : Math.min(Math.max(limit, 1), PAGE);
        UUID reader = currentUser.id();
        long unread = messages.unread(patientId, reader);
        List<Message> page = messages.newestFirst(patientId, after, size + 1);
        UUID next = page.size() > size ? page.get(size - 1).id : null;
        List<Message> shown = page.subList(0, Math.min(size, page.size()));
        if (after == null && !shown.isEmpty()) {
            messages.markRead(patientId, reader, shown.get(0).createdAt);
        }
        audit.read(THREAD, patientId, patientId);
        return new Thread(List.copyOf(shown), unread, next);
    }

    /** The messages written in the thread from now on, to the patient or their caring therapist; audited. */
    @Transactional
    public Multi<Message> follow(UUID patientId) {
        access.checkCanRead(patientId, THREAD);
        audit.read("MessageStream", patientId, patientId);
        return streams.of(patientId, currentUser.isTherapist() ? currentUser.id() : null);
    }

    /** The caller's unread counts: a patient's in their own thread, a therapist's per patient in their care. */
    @Transactional
    public List<UnreadCount> unreadOfCaller() {
        UUID caller = currentUser.id();
        if (currentUser.isTherapist()) {
            return messages.unreadInCareOf(caller);
        }
        return List.of(new UnreadCount(caller, messages.unread(caller, caller)));
    }
}
