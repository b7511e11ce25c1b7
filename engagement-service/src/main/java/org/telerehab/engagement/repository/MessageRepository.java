package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.Message;
import org.telerehab.engagement.domain.UnreadCount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The patients' threads and how far each reader has read them ({@code thread_read}, which has no entity). */
@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    private static final String UNREAD = "SELECT count(*) FROM message m WHERE m.patient_id = ?1 AND m.author_id <> ?2"
            + " AND m.created_at > COALESCE((SELECT r.read_up_to FROM thread_read r WHERE r.patient_id = ?1"
            + " AND r.reader_id = ?2), '-infinity')";

    /** A page of the thread, newest first, from the newest or after {@code after} (a message of the thread). */
    public List<Message> newestFirst(UUID patientId, Message after, int limit) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        if (after == null) {
            return find("patientId", newestFirst, patientId).page(Page.ofSize(limit)).list();
        }
        return find("patientId = ?1 AND (createdAt < ?2 OR (createdAt = ?2 AND id < ?3))", newestFirst, patientId,
                after.createdAt, after.id).page(Page.ofSize(limit)).list();
    }

    /** One message of this patient's thread; another thread's is as absent as one that does not exist. */
    public Optional<Message> inThread(UUID patientId, UUID id) {
        return find("id = ?1 AND patientId = ?2", id, patientId).firstResultOptional();
    }

    /** The message the author's client sent with this id before (a retry), if any. */
    public Optional<Message> byClientRequest(UUID authorId, UUID clientRequestId) {
        return find("authorId = ?1 AND clientRequestId = ?2", authorId, clientRequestId).firstResultOptional();
    }

    /** How many of the others' messages in the patient's thread the reader has not read. */
    public long unread(UUID patientId, UUID readerId) {
        return ((Number) getEntityManager().createNativeQuery(UNREAD).setParameter(1, patientId)
                .setParameter(2, readerId).getSingleResult()).longValue();
    }

    /** The reader's unread count in the thread of each patient the therapist cares for now. */
    @SuppressWarnings("unchecked")
    public List<UnreadCount> unreadInCareOf(UUID therapistId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT c.patient_id, (SELECT count(*)"
                        + " FROM message m WHERE m.patient_id = c.patient_id AND m.author_id <> ?1"
                        + " AND m.created_at > COALESCE(r.read_up_to, '-infinity')) FROM care_relation c"
                        + " LEFT JOIN thread_read r ON r.patient_id = c.patient_id AND r.reader_id = ?1"
                        + " WHERE c.therapist_id = ?1 ORDER BY c.since DESC, c.patient_id")
                .setParameter(1, therapistId).getResultList();
        return rows.stream().map(row -> new UnreadCount((UUID) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** The reader has read the thread up to this message's time (never back: an older page changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markRead(UUID patientId, UUID readerId, Instant upTo) {
        getEntityManager().createNativeQuery("INSERT INTO thread_read (patient_id, reader_id, read_up_to)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (patient_id, reader_id)"
                        + " DO UPDATE SET read_up_to = GREATEST(thread_read.read_up_to, EXCLUDED.read_up_to)")
                .setParameter(1, patientId).setParameter(2, readerId).setParameter(3, upTo).executeUpdate();
    }
}
